import Foundation
import OpenClawCore
import OpenClawFiles
import Testing

@Suite struct SecretReaderTests {
    let directory: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("secrets-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func write(_ id: String, _ value: String, mode: Int) throws {
        let path = directory + "/" + id
        try Data(value.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test func readsAndTrimsAFile() throws {
        try write("token", "s3cr3t-value\n", mode: 0o600)
        let reader = SecretReader(directory: directory, environment: [:])
        #expect(try reader.read(.file("token"), for: "k") == "s3cr3t-value")
    }

    @Test func refusesMissingEmptyAndWorldReadableFiles() throws {
        try write("empty", "\n", mode: 0o600)
        try write("open", "s3cr3t-value", mode: 0o644)
        let reader = SecretReader(directory: directory, environment: [:])
        for (id, reason) in [("missing", "missing"), ("empty", "empty"), ("open", "world-readable")] {
            do {
                _ = try reader.read(.file(id), for: "channels.telegram.botToken")
                Issue.record("\(id) was accepted")
            } catch {
                #expect(error.description.contains("channels.telegram.botToken"))
                #expect(error.description.contains(reason))
                #expect(!error.description.contains("s3cr3t"))
            }
        }
    }

    @Test func readsFromEnvironment() throws {
        let reader = SecretReader(directory: directory, environment: ["MY_KEY": "abc"])
        #expect(try reader.read(SecretRef(source: .env, id: "MY_KEY"), for: "k") == "abc")
        #expect(throws: ConfigError.self) { try reader.read(SecretRef(source: .env, id: "NOPE"), for: "k") }
    }

    /// A config for `bind: lan` whose secrets all come from the environment, under ids no file check knows.
    func lanConfig() throws -> OpenClawConfig {
        try ConfigParserTests().parse(minimalWith: { tree in
            tree["gateway"] = ["bind": "lan", "auth": ["token": ["source": "env", "id": "GW"]]]
            ConfigParserTests().telegram(&tree, "botToken", ["source": "env", "id": "BOT"])
            ConfigParserTests().telegram(&tree, "webhookUrl", "https://bot.example.org/telegram-webhook")
            ConfigParserTests().telegram(&tree, "webhookSecret", ["source": "env", "id": "HOOK"])
            tree["privacy"] = ["encryptAtRest": false]
            tree["audit"] = ["signingKey": ["source": "env", "id": "AUDIT"]]
            tree["models"] = ["providers": [
                "anthropic": ["api": "anthropic-messages", "baseUrl": "https://api.anthropic.com", "apiKey": ["source": "env", "id": "AK"], "models": [["id": "claude", "cost": ["input": 3, "output": 15]]]],
                "ollama": ["api": "openai-completions", "baseUrl": "http://127.0.0.1:11434/v1", "apiKey": ["source": "file", "id": "ollama_key"], "models": [["id": "llama3", "cost": ["input": 0, "output": 0]]]],
            ]]
            tree["agents"] = ["defaults": ["model": "anthropic/claude"]]
        })
    }

    /// `bind: lan` with a gateway token `a` and a webhook secret `b` used to pass: only files
    /// named like a known secret were ever checked.
    @Test func secretsAreCheckedByTheirRoleWhereverTheyComeFrom() throws {
        let config = try lanConfig()
        try write("ollama_key", "has a space", mode: 0o600)
        let weak = SecretReader(directory: directory, environment: ["GW": "a", "HOOK": "b", "BOT": "12345:short", "AK": "sk-not-anthropic", "AUDIT": "c2hvcnQ="])
        do {
            _ = try weak.readAll(in: config)
            Issue.record("weak secrets were accepted")
        } catch {
            let byPath = Dictionary(error.issues.map { ($0.path, $0.message) }, uniquingKeysWith: { $0 + $1 })
            #expect(byPath.keys.sorted() == [
                "audit.signingKey", "channels.telegram.botToken", "channels.telegram.webhookSecret", "gateway.auth.token",
                "models.providers.anthropic.apiKey", "models.providers.ollama.apiKey",
            ])
            #expect(byPath["gateway.auth.token"]?.contains("gateway token (environment variable GW)") == true)
            #expect(byPath["gateway.auth.token"]?.contains("at least 32") == true)
            #expect(byPath["channels.telegram.webhookSecret"]?.contains("32 to 256 characters of A-Za-z0-9_-") == true)
            #expect(byPath["models.providers.anthropic.apiKey"]?.contains("sk-ant-") == true)
            #expect(byPath["models.providers.ollama.apiKey"]?.contains("secret file ollama_key") == true)
            #expect(byPath["audit.signingKey"]?.contains("audit signing key (environment variable AUDIT)") == true)
            for value in ["12345:short", "sk-not-anthropic", "has a space"] {
                #expect(!error.description.contains(value))
            }
        }
        try write("ollama_key", "any-format-the-server-likes", mode: 0o600)
        let strong = SecretReader(directory: directory, environment: [
            "GW": String(repeating: "g", count: 32), "HOOK": String(repeating: "h", count: 32),
            "BOT": "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0", "AK": "sk-ant-api03-" + String(repeating: "k", count: 20),
            "AUDIT": SecretGenerator.base64(bytes: 32).generate(),
        ])
        #expect(try strong.readAll(in: config).count == 6)
    }

    @Test func aProviderKeyFormatFollowsTheProvidersHost() throws {
        let config = try lanConfig()
        #expect(config.secretUses.map(\.role) == [.telegramBotToken, .telegramWebhookSecret, .gatewayToken, .auditSigningKey, .anthropicAPIKey, .providerKey])
        #expect(config.roles(ofFile: "ollama_key") == [.providerKey])
        #expect(KnownSecret.check(id: "ollama_key", value: "x y", roles: [.providerKey]) != .valid)
        #expect(KnownSecret.check(id: "gateway_token", value: "short", roles: []) != .valid)
    }
}
