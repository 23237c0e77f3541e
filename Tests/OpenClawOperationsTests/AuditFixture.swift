import Foundation
import OpenClawCore
import OpenClawFiles
import OpenClawOperations

/// A deployment in a temporary folder for `openclaw security audit`: the shipped configuration
/// (its folders pointed here), secret files with valid shapes and fresh metadata, a state folder,
/// and the shipped compose file and Dockerfile. Tests break one property of a copy at a time.
struct AuditFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    let root: String
    var configPath: String { root + "/config/openclaw.json" }
    var secretsDir: String { root + "/secrets" }
    var stateDir: String { root + "/state" }
    var composePath: String { root + "/docker-compose.yml" }
    var dockerfilePath: String { root + "/Dockerfile" }
    var authLog: String { root + "/logs/auth.log" }

    static let values: [String: String] = [
        "telegram_bot_token": "123456789:" + String(repeating: "A", count: 34) + "b",
        "telegram_webhook_secret": SecretGenerator.urlSafe(length: 48).generate(),
        "gateway_token": SecretGenerator.hex(bytes: 24).generate(),
        "anthropic_api_key": "sk-ant-api03-" + String(repeating: "x", count: 40),
        "storage_encryption_key": SecretGenerator.base64(bytes: 32).generate(),
        "audit_signing_key": SecretGenerator.base64(bytes: 32).generate(),
    ]

    /// - Parameters:
    ///   - secretsWritten: when the secrets were last written (for expiry breaks).
    static func make(secretsWritten: Date = Date(), maxAgeDays: Int = 90) throws -> AuditFixture {
        let root = FileManager.default.temporaryDirectory.path + "/openclaw-audit-" + UUID().uuidString
        let fixture = AuditFixture(root: root)
        let manager = FileManager.default
        for folder in ["config", "logs"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        try manager.createDirectory(atPath: fixture.stateDir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let directory = SecretDirectory(path: fixture.secretsDir)
        for (id, value) in values.sorted(by: { $0.key < $1.key }) {
            try directory.store(id, value: value, now: secretsWritten, maxAgeDays: maxAgeDays)
        }
        var document = try ConfigParser.document(from: Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/config/openclaw.json")))
        document.set(.string(fixture.stateDir), at: ["state", "dir"])
        document.set(.string(fixture.secretsDir), at: ["secrets", "dir"])
        try fixture.writeConfig(document)
        try manager.copyItem(atPath: repositoryRoot + "/docker-compose.yml", toPath: fixture.composePath)
        try manager.copyItem(atPath: repositoryRoot + "/Dockerfile", toPath: fixture.dockerfilePath)
        return fixture
    }

    func document() throws -> JSONValue {
        try ConfigParser.document(from: Data(contentsOf: URL(fileURLWithPath: configPath)))
    }

    func writeConfig(_ document: JSONValue) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(document).write(to: URL(fileURLWithPath: configPath))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: configPath)
    }

    func editConfig(_ change: (inout JSONValue) -> Void) throws {
        var document = try document()
        change(&document)
        try writeConfig(document)
    }

    func replace(in file: String, _ old: String, with new: String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        precondition(text.contains(old), "fixture \(file) lacks \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
    }

    func chmod(_ path: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    func audit(environment: [String: String] = [:], now: Date = Date()) async -> SecurityAudit.Result {
        await SecurityAudit(
            configPath: configPath, environment: environment, composePath: composePath, dockerfilePath: dockerfilePath, now: now
        ).run()
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

extension AuditFixture {
    static let postgresPassword = "pg-audit-fixture-password-7f3a"

    /// `state.backend: "postgres"` with `url` in the `postgres_url` secret (0600).
    func usePostgres(_ url: String, tls: String? = nil) throws {
        _ = FileManager.default.createFile(atPath: secretsDir + "/postgres_url", contents: Data(url.utf8), attributes: [.posixPermissions: 0o600])
        try editConfig { document in
            document.set("postgres", at: ["state", "backend"])
            var postgres: JSONValue = ["url": ["source": "file", "id": "postgres_url"]]
            if let tls { postgres.set(.string(tls), at: ["tls"]) }
            document.set(postgres, at: ["state", "postgres"])
        }
    }
}
