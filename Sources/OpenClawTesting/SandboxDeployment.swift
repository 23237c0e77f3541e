package import Foundation
package import OpenClawCore
package import OpenClawStore

/// A throw-away deployment in a temporary folder (config file, 0700 secrets folder, state
/// folder) aimed at local simulators. The demo, the end-to-end tests and the benchmark run the
/// real gateway against it, loading the config through the same `ConfigLoader` as production.
///
/// With `OPENCLAW_TEST_BACKEND=postgres` (and `OPENCLAW_TEST_POSTGRES_URL` naming a server), the
/// store is a fresh schema in that PostgreSQL database instead of a SQLite file.
package struct SandboxDeployment: Sendable {
    package static let backendVariable = "OPENCLAW_TEST_BACKEND"

    package let directory: String
    /// The PostgreSQL schema holding this sandbox's store; nil when it is a SQLite file.
    package let postgresSchema: String?
    package var configPath: String { directory + "/openclaw.json" }
    package var secretsDir: String { directory + "/secrets" }
    package var stateDir: String { directory + "/state" }

    /// An existing deployment folder with this layout (a restored backup, say); `postgresSchema`
    /// when its store is a schema in the test PostgreSQL database.
    package init(directory: String, postgresSchema: String? = nil) {
        self.directory = directory
        self.postgresSchema = postgresSchema
    }

    /// - Parameter adjust: changes to the base document (policies, groups, models …).
    /// - Parameter postgres: keep the store on PostgreSQL whatever `OPENCLAW_TEST_BACKEND` says.
    package static func create(
        telegramAPIRoot: String,
        botToken: String,
        modelBaseURL: String,
        postgres: Bool = false,
        adjust: (inout JSONValue) -> Void = { _ in }
    ) throws -> SandboxDeployment {
        let directory = FileManager.default.temporaryDirectory.path + "/openclaw-sandbox-" + UUID().uuidString
        let onPostgres = try postgres ? requirePostgres() : postgresRequested()
        let sandbox = SandboxDeployment(directory: directory, postgresSchema: onPostgres ? PostgresSandbox.newSchema() : nil)
        try FileManager.default.createDirectory(atPath: sandbox.secretsDir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try sandbox.writeSecret("telegram_bot_token", botToken)
        try sandbox.writeSecret("telegram_webhook_secret", "sandbox-webhook-secret-" + UUID().uuidString.replacingOccurrences(of: "-", with: ""))
        try sandbox.writeSecret("storage_encryption_key", SecretGenerator.base64(bytes: 32).generate())
        try sandbox.writeSecret("audit_signing_key", SecretGenerator.base64(bytes: 32).generate())
        try sandbox.writeSecret("anthropic_api_key", "sk-ant-api03-sandbox-" + UUID().uuidString)
        var document = baseDocument(sandbox, telegramAPIRoot: telegramAPIRoot, modelBaseURL: modelBaseURL)
        if let schema = sandbox.postgresSchema, let url = ProcessInfo.processInfo.environment[PostgresSandbox.urlVariable] {
            try sandbox.writeSecret("postgres_url", url)
            document.set(
                ["dir": .string(sandbox.stateDir), "backend": "postgres", "postgres": ["url": ["source": "file", "id": "postgres_url"], "schema": .string(schema)]],
                at: ["state"]
            )
        }
        adjust(&document)
        try sandbox.writeConfig(document)
        return sandbox
    }

    static func baseDocument(_ sandbox: SandboxDeployment, telegramAPIRoot: String, modelBaseURL: String) -> JSONValue {
        [
            "gateway": ["bind": "loopback", "port": 0],
            "state": ["dir": .string(sandbox.stateDir)],
            "secrets": ["dir": .string(sandbox.secretsDir)],
            "channels": [
                "telegram": [
                    "botToken": ["source": "file", "id": "telegram_bot_token"],
                    "apiRoot": .string(telegramAPIRoot),
                    "dmPolicy": "pairing",
                    "groupPolicy": "allowlist",
                ]
            ],
            "models": [
                "providers": [
                    "local": [
                        "api": "openai-completions",
                        "baseUrl": .string(modelBaseURL + "/v1"),
                        "models": [["id": "scripted", "cost": ["input": 3, "output": 15]]],
                    ],
                    "cloud": [
                        "api": "anthropic-messages",
                        "baseUrl": .string(modelBaseURL),
                        "apiKey": ["source": "file", "id": "anthropic_api_key"],
                        "models": [["id": "claude-sim", "cost": ["input": 3, "output": 15]]],
                    ],
                ]
            ],
            "agents": ["defaults": ["model": "local/scripted", "fallbacks": ["cloud/claude-sim"], "historyLimit": 10]],
        ]
    }

    package func writeSecret(_ id: String, _ value: String) throws {
        let path = secretsDir + "/" + id
        guard FileManager.default.createFile(atPath: path, contents: Data(value.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    package func readSecret(_ id: String) -> String? {
        FileManager.default.contents(atPath: secretsDir + "/" + id).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Saves `document` whole (renamed over the file): a writer preempted between truncating and
    /// writing could otherwise show the gateway's watcher an empty file that settles.
    package func writeConfig(_ document: JSONValue) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(document).write(to: URL(fileURLWithPath: configPath), options: .atomic)
    }

    /// True when `OPENCLAW_TEST_BACKEND` asks for PostgreSQL; throws when no server can be used.
    static func postgresRequested() throws -> Bool {
        guard ProcessInfo.processInfo.environment[backendVariable] == "postgres" else { return false }
        if let reason = PostgresSandbox.unavailableReason { throw SandboxError("\(backendVariable)=postgres, but \(reason)") }
        return true
    }

    /// True, or throws naming why PostgreSQL cannot be used.
    static func requirePostgres() throws -> Bool {
        if let reason = PostgresSandbox.unavailableReason { throw SandboxError("PostgreSQL is required here, but \(reason)") }
        return true
    }

    /// The store this sandbox's gateway uses.
    package var storeLocation: StoreLocation {
        guard let postgresSchema, let location = PostgresSandbox.location(schema: postgresSchema) else { return .sqlite(directory: stateDir) }
        return .postgres(location)
    }

    /// What a copy of the store reveals: every byte of the SQLite database, WAL and shared-memory
    /// files, or every row of the PostgreSQL schema as the server prints it.
    package func databaseBytes() async throws -> Data {
        if let postgresSchema { return try await PostgresSandbox.dump(schema: postgresSchema) }
        var bytes = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: stateDir) where name.hasPrefix(OpenClawStore.fileName) {
            bytes.append(try Data(contentsOf: URL(fileURLWithPath: stateDir + "/" + name)))
        }
        return bytes
    }

    /// Removes the folder and, on PostgreSQL, drops the schema.
    package func remove() async {
        try? FileManager.default.removeItem(atPath: directory)
        if let postgresSchema { try? await PostgresSandbox.drop(schema: postgresSchema) }
    }
}
