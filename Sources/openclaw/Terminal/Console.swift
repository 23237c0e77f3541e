#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prompts and questions for interactive commands, written unbuffered so they show before input is read.
enum Console {
    static func write(_ text: String) {
        // print() buffers in stdio; flush all streams so lines come out in the order they were written.
        fflush(nil)
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { posixWrite(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { return }
            offset += written
        }
    }

    static func line(_ text: String) {
        write(text + "\n")
    }

    /// Asks a yes/no question (echo on); `defaultYes` decides an empty answer.
    static func confirm(_ question: String, defaultYes: Bool) -> Bool {
        write(question + (defaultYes ? " [Y/n] " : " [y/N] "))
        guard let answer = readLine(strippingNewline: true)?.lowercased() else { return false }
        if answer.isEmpty { return defaultYes }
        return answer == "y" || answer == "yes"
    }
}

// At file scope `write` is the C function; inside `Console` it would be our own.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
