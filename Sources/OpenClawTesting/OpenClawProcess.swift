package import Foundation

/// Runs the built `openclaw` executable as a separate process, as an operator would.
package enum OpenClawProcess {
    package struct Result: Sendable {
        package var status: Int32
        package var output: String
        package var error: String
    }

    /// The `openclaw` the test build made, beside the test executable in the same build folder
    /// (whatever configuration or scratch path built it), never a stale copy elsewhere.
    package static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("openclaw")
    }

    /// - Parameter input: bytes written to the process's standard input (then closed).
    package static func run(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) async throws -> Result {
        try await BlockingWork.run { try runBlocking(arguments, environment: environment, input: input) }
    }

    private static func runBlocking(_ arguments: [String], environment: [String: String], input: Data?) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self))
    }
}
