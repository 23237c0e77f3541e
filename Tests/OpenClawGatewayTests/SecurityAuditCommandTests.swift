import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawOperations
import OpenClawTesting
import Testing

/// `openclaw security audit` as a process: exit codes, JSON, `--fix`, and `--deep` against the
/// real gateway (no finding) and against a stand-in that refuses nothing (each live check fires).
@Suite(.serialized) struct SecurityAuditCommandTests {
    typealias H = GatewayHarness

    struct Report: Decodable {
        var findings: [AuditFinding]
        var summary: [String: Int]
        var fixed: [String]
    }

    static func audit(_ arguments: [String], config: String) async throws -> (status: Int32, report: Report, raw: String) {
        let result = try await OpenClawProcess.run(["security", "audit", "--json", "--config", config] + arguments)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.output.utf8))
        return (result.status, report, result.output + result.error)
    }

    /// The shipped compose file and Dockerfile.
    static var deploymentFiles: [String] {
        ["--compose", HostTool.repositoryRoot + "/docker-compose.yml", "--dockerfile", HostTool.repositoryRoot + "/Dockerfile"]
    }

    @Test func exitsTwoOnACriticalFindingAndFixOnlyNarrowsPermissions() async throws {
        try await H.withGateway(adjust: IntakeEndToEndTests.allowAlice) { harness in
            try await harness.stopGateway()
            let sandbox = harness.sandbox
            let clean = try await Self.audit(Self.deploymentFiles, config: sandbox.configPath)
            #expect(clean.status == 0, "\(clean.report.findings.filter { $0.severity == .critical })")
            #expect(clean.report.summary["critical"] == 0)

            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.secretsDir)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: sandbox.secretsDir + "/anthropic_api_key")
            try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: sandbox.stateDir)
            try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: sandbox.configPath)
            let broken = try await Self.audit(Self.deploymentFiles, config: sandbox.configPath)
            #expect(broken.status == 2)
            let ids = Set(broken.report.findings.map(\.checkId))
            #expect(ids.isSuperset(of: ["fs.secrets_dir.perms", "fs.secret.perms", "fs.state_dir.perms", "fs.config.perms_writable"]), "\(ids)")

            let fixed = try await Self.audit(Self.deploymentFiles + ["--fix"], config: sandbox.configPath)
            #expect(fixed.status == 0, "\(fixed.raw)")
            #expect(fixed.report.fixed.contains("chmod 700 \(sandbox.secretsDir) (was 755)"), "\(fixed.report.fixed)")
            #expect(fixed.report.fixed.contains("chmod 640 \(sandbox.secretsDir)/anthropic_api_key (was 644)"))
            #expect(fixed.report.fixed.contains("chmod 700 \(sandbox.stateDir) (was 750)"))
            #expect(fixed.report.fixed.contains("chmod 644 \(sandbox.configPath) (was 666)"))
            #expect(permissions(of: sandbox.secretsDir) == 0o700)
            #expect(permissions(of: sandbox.secretsDir + "/anthropic_api_key") == 0o640)
            #expect(fixed.report.findings.contains { $0.checkId == "fs.secret.group_readable" }, "group read is left for a person to judge")
            #expect(permissions(of: sandbox.configPath) == 0o644, "only the write bits go: the gateway must still read it")

            // The text report says the same for people.
            let text = try await OpenClawProcess.run(["security", "audit", "--config", sandbox.configPath] + Self.deploymentFiles)
            #expect(text.status == 0)
            #expect(text.output.contains("0 critical"))
        }
    }

    /// The sandbox has no gateway_token file; its 55-character webhook secret has a token's shape.
    static func requireToken(_ document: inout JSONValue) {
        document.set(["source": "file", "id": "telegram_webhook_secret"], at: ["gateway", "auth", "token"])
    }

    @Test func deepChecksFindNothingOnTheRealGateway() async throws {
        try await H.withGateway(webhook: true, adjust: Self.requireToken) { harness in
            // The gateway bound port 0; the audit reads the port it probes from the config.
            var document = try ConfigParser.document(from: Data(contentsOf: URL(fileURLWithPath: harness.sandbox.configPath)))
            document.set(.number(Double(harness.port)), at: ["gateway", "port"])
            try harness.sandbox.writeConfig(document)
            let audit = try await Self.audit(Self.deploymentFiles + ["--deep"], config: harness.sandbox.configPath)
            let deep = audit.report.findings.filter { $0.checkId.hasPrefix("deep.") }
            #expect(deep.isEmpty, "\(deep)")
            #expect(audit.status == 0, "\(audit.report.findings.filter { $0.severity == .critical })")
        }
    }

    /// A server that answers everything (Python's http.server on every interface) stands in for a
    /// gateway whose protections are gone: each live check must notice.
    @Test func deepChecksCatchAListenerThatRefusesNothing() async throws {
        let document = try await H.withGateway(webhook: true, adjust: Self.requireToken) { harness in
            try ConfigParser.document(from: Data(contentsOf: URL(fileURLWithPath: harness.sandbox.configPath)))
        }
        let folder = FileManager.default.temporaryDirectory.path + "/openclaw-deep-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        // Port 0: the server binds a free port and says which before it serves.
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "0.0.0.0", "--directory", folder]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        // SIGKILL: a child of this test process inherits its blocked SIGTERM.
        defer { kill(server.processIdentifier, SIGKILL) }
        let port = try await BlockingWork.run { try Self.announcedPort(output.fileHandleForReading) }

        var moved = document
        moved.set(.number(Double(port)), at: ["gateway", "port"])
        moved.set("/nonexistent-openclaw-secrets", at: ["secrets", "dir"])
        let configPath = folder + "/openclaw.json"
        try JSONEncoder().encode(moved).write(to: URL(fileURLWithPath: configPath))
        let audit = try await Self.audit(Self.deploymentFiles + ["--deep"], config: configPath)
        let ids = Set(audit.report.findings.map(\.checkId))
        #expect(ids.contains("deep.webhook_unauthenticated"), "\(ids)")
        #expect(ids.contains("deep.metrics_open"), "\(ids)")
        if !Interfaces.nonLoopbackAddresses().isEmpty {
            #expect(ids.contains("deep.listener_exposed") || ids.contains("deep.listener_container_network"), "\(ids)")
        }
        #expect(audit.status == 2)
    }

    /// The port in http.server's first line, "Serving HTTP on 0.0.0.0 port 40123 (…) ...".
    static func announcedPort(_ output: FileHandle) throws -> Int {
        var text = ""
        while !text.contains("\n") {
            let chunk = output.availableData
            guard !chunk.isEmpty else { throw HarnessError("http.server ended before it named its port: \(text)") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let match = text.firstMatch(of: /port (\d+)/), let port = Int(match.1) else {
            throw HarnessError("no port in http.server's line: \(text)")
        }
        return port
    }

    @Test func deepChecksSayWhenNoGatewayAnswers() async throws {
        try await H.withGateway(webhook: true) { harness in
            try await harness.stopGateway()
            let audit = try await Self.audit(Self.deploymentFiles + ["--deep"], config: harness.sandbox.configPath)
            #expect(audit.report.findings.contains { $0.checkId == "deep.unreachable" })
        }
    }
}
