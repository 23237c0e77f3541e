import Foundation

/// `openclaw gateway` as a child process of its own, so a test can kill it as a crash or an
/// operator's `kill -9` would.
package final class GatewayProcess: @unchecked Sendable {
    // @unchecked: `process` and `errors` are set once in init and only read afterwards; Process
    // and Pipe are thread-safe for the calls made here (terminate, waitUntilExit, reading).
    private let process = Process()
    private let errors = Pipe()
    private let logFile: String?

    /// With `logFile`, the JSON log goes to that file (readable while the process runs, and never
    /// filling a pipe nobody reads).
    package init(config: String, environment: [String: String] = [:], logFile: String? = nil) throws {
        self.logFile = logFile
        process.executableURL = OpenClawProcess.executable
        process.arguments = ["gateway", "--config", config]
        process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        if let logFile {
            guard FileManager.default.createFile(atPath: logFile, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logFile))
        } else {
            process.standardError = errors
        }
        try process.run()
    }

    /// SIGKILL: no shutdown, no flush, nothing finishes.
    package func kill() async throws {
        Foundation.kill(process.processIdentifier, SIGKILL)
        try await BlockingWork.run { [process] in process.waitUntilExit() }
    }

    /// SIGHUP: the gateway reads its configuration and secret files again.
    package func hangUp() {
        Foundation.kill(process.processIdentifier, SIGHUP)
    }

    /// SIGTERM, then waits for the graceful shutdown to end.
    package func stop() async throws -> Int32 {
        process.terminate()
        try await BlockingWork.run { [process] in process.waitUntilExit() }
        return process.terminationStatus
    }

    /// What the process wrote to stderr (its JSON log): from `logFile` at any time, else once it has exited.
    package func log() -> String {
        if let logFile { return (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }
        return String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
