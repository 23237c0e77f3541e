import Foundation
import OpenClawTesting

/// The gateway under measurement, in a process of its own (`openclaw-bench pipeline --serve CONFIG`),
/// so its CPU time and memory are its own and not the simulators' or the load generator's.
///
/// Protocol on its pipes: it prints `ready` once listening; each `usage` line on its stdin is
/// answered with `ResourceUsage.line`; end of stdin shuts it down.
final class GatewayChild: @unchecked Sendable {
    // @unchecked: all properties are set once in init; Process and FileHandle are thread-safe for
    // the calls made here, and `ask` is called by one task at a time.
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let reader: LineReader

    init(config: String) throws {
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["pipeline", "--serve", config]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        reader = LineReader(output.fileHandleForReading)
        try process.run()
    }

    /// Waits for the child's `ready`.
    func waitUntilReady() async throws {
        guard try await reader.next() == "ready" else { throw BenchError("the gateway child did not start") }
    }

    /// The child's CPU time and memory now.
    func usage() async throws -> ResourceUsage {
        input.fileHandleForWriting.write(Data("usage\n".utf8))
        guard let line = try await reader.next(), let usage = ResourceUsage(line: line) else {
            throw BenchError("the gateway child answered no usage line")
        }
        return usage
    }

    /// Closes its stdin (graceful shutdown) and waits for it to exit.
    func stop() async throws {
        try input.fileHandleForWriting.close()
        try await BlockingWork.run { [process] in process.waitUntilExit() }
    }

    /// Lines of a pipe, read on a thread of its own (off Swift's cooperative pool).
    final class LineReader: @unchecked Sendable {
        // @unchecked: `buffer` is only touched inside `BlockingWork` calls, one at a time.
        private let handle: FileHandle
        private var buffer = Data()

        init(_ handle: FileHandle) {
            self.handle = handle
        }

        func next() async throws -> String? {
            try await BlockingWork.run { self.readLine() }
        }

        private func readLine() -> String? {
            while true {
                if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                    buffer.removeSubrange(buffer.startIndex...newline)
                    return line
                }
                let chunk = handle.availableData
                if chunk.isEmpty { return nil }
                buffer.append(chunk)
            }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
