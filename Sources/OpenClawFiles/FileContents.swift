#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with `open`/`read`. `FileManager.contents(atPath:)` and `Data(contentsOf:)`
/// in swift-foundation leak a 4 KiB buffer on every read of an empty file (found by fuzzing, see
/// docs/RELIABILITY.md); the secret watcher reads its files every second, so an empty secret file
/// would grow the process without bound.
package enum FileContents {
    /// The file's bytes, or nil when it cannot be opened or read (missing, unreadable, a directory).
    package static func read(atPath path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return Data(bytes) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}

// At file scope `read` is the C function.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
