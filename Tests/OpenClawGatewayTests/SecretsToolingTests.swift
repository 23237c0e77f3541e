import OpenClawTesting
import Foundation
import Testing

/// The repository's secret tooling: git-crypt encrypts `secrets-dev/`, and `rotate-secrets.sh`
/// is shellcheck-clean and drives the CLI on the host. Both tools are installed by `.ci/run`;
/// a missing one fails these tests rather than skipping them.
@Suite(.serialized) struct SecretsToolingTests {
    static let repositoryRoot = HostTool.repositoryRoot
    typealias Output = HostTool.Output

    @discardableResult
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) async throws -> Output {
        try await HostTool.run(arguments, in: directory, environment: environment)
    }

    static func runBlocking(_ arguments: [String], in directory: String, environment: [String: String]) throws -> Output {
        try HostTool.runBlocking(arguments, in: directory, environment: environment)
    }

    static func installed(_ tool: String) -> Bool {
        HostTool.installed(tool)
    }

    /// A temp repository using this repository's `.gitattributes`, with one dev secret committed.
    static func commitDevSecret(gitCrypt: Bool) throws -> (blob: Data, directory: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("git-crypt-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/secrets-dev", withIntermediateDirectories: true)
        let git = ["git", "-c", "user.name=openclaw-test", "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main"]
        #expect(try runBlocking(git + ["init", "-q"], in: directory, environment: [:]).status == 0)
        if gitCrypt {
            let initialised = try runBlocking(["git-crypt", "init"], in: directory, environment: [:])
            #expect(initialised.status == 0, "\(initialised.text)")
        }
        try FileManager.default.copyItem(atPath: repositoryRoot + "/.gitattributes", toPath: directory + "/.gitattributes")
        try Data("fixture-dev-secret-not-real\n".utf8).write(to: URL(fileURLWithPath: directory + "/secrets-dev/smtp_password"))
        #expect(try runBlocking(git + ["add", "."], in: directory, environment: [:]).status == 0)
        let committed = try runBlocking(git + ["commit", "-q", "-m", "dev secret"], in: directory, environment: [:])
        #expect(committed.status == 0, "\(committed.text)")
        let blob = Process()
        blob.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        blob.arguments = ["git", "cat-file", "blob", "HEAD:secrets-dev/smtp_password"]
        blob.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        blob.standardOutput = pipe
        try blob.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        blob.waitUntilExit()
        return (data, directory)
    }

    /// In CI (which installs the tools) a missing tool fails the test; on a newcomer's machine the
    /// test is skipped and says which package to install, so `swift test` needs only Swift.
    static func requiredHere(_ tool: String) -> Bool {
        installed(tool) || ProcessInfo.processInfo.environment["CI"] != nil
    }

    @Test(.enabled(if: requiredHere("git-crypt"), "git-crypt is not installed (apt-get install git-crypt); CI runs this test"))
    func devSecretsAreStoredEncryptedWithGitCryptAndPlainWithout() async throws {
        try #require(Self.installed("git-crypt"), "git-crypt is not installed: .ci/run installs it (apt-get install git-crypt)")
        let header = Data([0] + Array("GITCRYPT".utf8) + [0])

        let plain = try Self.commitDevSecret(gitCrypt: false)
        defer { try? FileManager.default.removeItem(atPath: plain.directory) }
        #expect(plain.blob == Data("fixture-dev-secret-not-real\n".utf8), "without git-crypt the attribute does nothing: this is the attack")

        let encrypted = try Self.commitDevSecret(gitCrypt: true)
        defer { try? FileManager.default.removeItem(atPath: encrypted.directory) }
        #expect(encrypted.blob.prefix(header.count) == header)
        #expect(!String(decoding: encrypted.blob, as: UTF8.self).contains("fixture-dev-secret"))
        // The working copy stays readable for the developer who holds the key.
        let working = FileManager.default.contents(atPath: encrypted.directory + "/secrets-dev/smtp_password")
        #expect(working == Data("fixture-dev-secret-not-real\n".utf8))
    }

    @Test(.enabled(if: requiredHere("shellcheck"), "shellcheck is not installed (apt-get install shellcheck); CI runs this test"))
    func rotateSecretsScriptIsShellcheckClean() async throws {
        try #require(Self.installed("shellcheck"), "shellcheck is not installed: .ci/run installs it (apt-get install shellcheck)")
        let result = try await Self.run(["shellcheck", "rotate-secrets.sh"], in: Self.repositoryRoot)
        #expect(result.status == 0, "\(result.text)")
    }

    @Test func rotateSecretsScriptRotatesOnTheHostWithTheCLI() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rotate-script-\(UUID().uuidString)").path
        defer {
            try? FileManager.default.removeItem(atPath: directory)
            try? FileManager.default.removeItem(atPath: directory + "-state")
        }
        let created = try await OpenClawProcess.run(["secrets", "init", "--dir", directory, "--generate", "gateway_token"])
        #expect(created.status == 0, "\(created.error)")
        let before = FileManager.default.contents(atPath: directory + "/gateway_token")

        // The script runs the openclaw it finds on PATH: the one this test build made.
        let binDirectory = OpenClawProcess.executable.deletingLastPathComponent().path
        // The shipped config/openclaw.json is used for policy; its state dir is moved so the audit event stays in the temp folder.
        let environment = [
            "PATH": binDirectory + ":/usr/bin:/bin", "SECRETS_DIR": directory,
            "OPENCLAW_STATE_DIR": directory + "-state",
            // The variable an older script used to rotate inside a container: now only noted.
            "OPENCLAW_CONTAINER": "openclaw-gateway",
        ]
        let usage = try await Self.run(["bash", "rotate-secrets.sh"], in: Self.repositoryRoot, environment: environment)
        #expect(usage.status == 64 && usage.text.contains("usage"))
        let rotated = try await Self.run(
            ["bash", "rotate-secrets.sh", "--secret-name", "gateway_token", "--yes", "--offline"], in: Self.repositoryRoot, environment: environment
        )
        #expect(rotated.status == 0, "\(rotated.text)")
        #expect(rotated.text.contains("gateway_token: rotated"))
        #expect(rotated.text.contains("OPENCLAW_CONTAINER is no longer read"))
        #expect(FileManager.default.contents(atPath: directory + "/gateway_token") != before)
        #expect(FileManager.default.fileExists(atPath: directory + "/gateway_token.previous"))
    }
}
