import Foundation
import OpenClawTesting

/// Runs the host tools the deployment files are checked with (shellcheck, fail2ban, ufw, the
/// setup scripts) as child processes. `.ci/run` installs them; a missing one fails its test.
enum HostTool {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    struct Output: Sendable {
        var status: Int32
        /// Standard output and standard error together.
        var text: String
    }

    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) async throws -> Output {
        try await BlockingWork.run { try runBlocking(arguments, in: directory, environment: environment) }
    }

    /// `arguments` through `/usr/bin/env`, standard input empty; waits on the calling thread.
    static func runBlocking(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }

    static func installed(_ tool: String) -> Bool {
        ["/usr/bin/", "/usr/sbin/", "/usr/local/bin/", "/bin/", "/sbin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + tool) }
    }
}

/// The permission bits of `path`, nil when it is missing.
func permissions(of path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
}
