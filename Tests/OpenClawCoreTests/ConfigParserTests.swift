import Foundation
import OpenClawCore
import Testing

@Suite struct ConfigParserTests {
    static let minimal = """
        {
          "channels": { "telegram": { "botToken": { "source": "file", "id": "telegram_bot_token" } } },
          "models": { "providers": { "local": { "api": "openai-completions", "baseUrl": "http://127.0.0.1:11434/v1", "models": [ { "id": "llama3", "cost": { "input": 0, "output": 0 } } ] } } },
          "agents": { "defaults": { "model": "local/llama3" } }
        }
        """

    func parse(_ text: String) throws(ConfigError) -> OpenClawConfig {
        try ConfigParser.parse(data: Data(text.utf8))
    }

    /// Applies `change` to the minimal document's JSON tree and parses it.
    func parse(minimalWith change: (inout [String: Any]) -> Void) throws(ConfigError) -> OpenClawConfig {
        var tree = (try? JSONSerialization.jsonObject(with: Data(Self.minimal.utf8))) as? [String: Any] ?? [:]
        change(&tree)
        let data = (try? JSONSerialization.data(withJSONObject: tree)) ?? Data()
        return try ConfigParser.parse(data: data)
    }

    func issues(_ change: (inout [String: Any]) -> Void) -> [ConfigIssue] {
        do {
            _ = try parse(minimalWith: change)
            return []
        } catch {
            return error.issues
        }
    }

    func telegram(_ tree: inout [String: Any], _ key: String, _ value: Any) {
        var channels = tree["channels"] as! [String: Any]
        var telegram = channels["telegram"] as! [String: Any]
        telegram[key] = value
        channels["telegram"] = telegram
        tree["channels"] = channels
    }

    @Test func shippedConfigIsValidWithSafeDefaults() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../config/openclaw.json").standardized
        let config = try ConfigParser.parse(data: Data(contentsOf: url))
        #expect(config.gateway.host == "127.0.0.1")
        #expect(config.gateway.port == 18789)
        #expect(config.telegram.dmPolicy == .pairing)
        #expect(config.telegram.groupPolicy == .allowlist)
        #expect(config.telegram.groups["*"]?.requireMention == true)
        #expect(config.telegram.webhookUrl == nil)
        #expect(config.secrets.dir == "/run/secrets")
    }

    @Test func defaultsApplyToMinimalConfig() throws {
        let config = try parse(Self.minimal)
        #expect(config.telegram.apiRoot == "https://api.telegram.org")
        #expect(config.telegram.textChunkLimit == 4000)
        #expect(config.telegram.webhookPath == "/telegram-webhook")
        #expect(config.agents.historyLimit == 20)
        #expect(config.state.dir == "./state")
    }

    @Test func unknownKeysAreRefusedWithTheirPath() {
        let found = issues { tree in
            tree["gatway"] = [:]
            telegram(&tree, "dmPolcy", "open")
        }
        #expect(found.map(\.path).sorted() == ["channels.telegram.dmPolcy", "gatway"])
        #expect(found.allSatisfy { $0.message.contains("unknown key") })
    }

    /// Fuzz finding 5 (docs/RELIABILITY.md): a file holding a bare number (`\n9`) was refused
    /// with an issue whose key path was empty, so the operator read ": expected an object".
    @Test func fuzzFindingADocumentThatIsNotAnObjectNamesTheFile() {
        for text in ["\n9", "[]", "\"openclaw\"", "true"] {
            do {
                _ = try ConfigParser.parse(data: Data(text.utf8))
                Issue.record("\(text) was accepted as a configuration")
            } catch {
                #expect(error.issues.map(\.path) == ["(file)"], "\(text)")
                #expect(error.issues.allSatisfy { $0.message.hasPrefix("expected an object, found ") }, "\(text)")
            }
        }
    }

    /// Fuzz finding 10 (docs/RELIABILITY.md): an empty key (`"": 1`, top level or in a section)
    /// was refused as unknown under an empty key path, so the operator read ": unknown key".
    @Test func fuzzFindingAnEmptyKeyIsNamed() {
        for (text, path) in [("{\"\": 1}", "\"\""), ("{\"gateway\": {\"\": 1}}", "gateway.\"\"")] {
            do {
                _ = try ConfigParser.parse(data: Data(text.utf8))
                Issue.record("\(text) was accepted as a configuration")
            } catch {
                let unknown = error.issues.filter { $0.message.hasPrefix("unknown key") }
                #expect(unknown.map(\.path) == [path], "\(text)")
            }
        }
    }

    @Test func openDMPolicyRequiresWildcard() {
        let refused = issues { telegram(&$0, "dmPolicy", "open") }
        #expect(refused.map(\.path) == ["channels.telegram.dmPolicy"])
        let accepted = issues { tree in
            telegram(&tree, "dmPolicy", "open")
            telegram(&tree, "allowFrom", ["*"])
        }
        #expect(accepted.isEmpty)
    }

    @Test func allowlistPolicyRequiresAnId() {
        #expect(issues { telegram(&$0, "dmPolicy", "allowlist") }.map(\.path) == ["channels.telegram.allowFrom"])
        #expect(issues { tree in
            telegram(&tree, "dmPolicy", "allowlist")
            telegram(&tree, "allowFrom", [123456789, "tg:42", "telegram:7"])
        }.isEmpty)
    }

    @Test func allowFromEntriesAreNormalisedAndUsernamesRefused() throws {
        let config = try parse(minimalWith: { telegram(&$0, "allowFrom", [123, "tg:456", "telegram:789", " 5 "]) })
        #expect(config.telegram.allowFrom.ids == [123, 456, 789, 5])
        let refused = issues { telegram(&$0, "allowFrom", ["@alice"]) }
        #expect(refused.map(\.path) == ["channels.telegram.allowFrom[0]"])
        #expect(refused.first?.message.contains("usernames") == true)
    }

    @Test func webhookRequiresSecretAndHTTPS() {
        let missing = issues { telegram(&$0, "webhookUrl", "https://bot.example.org/telegram-webhook") }
        #expect(missing.map(\.path) == ["channels.telegram.webhookUrl"])
        let plain = issues { tree in
            telegram(&tree, "webhookUrl", "http://bot.example.org/hook")
            telegram(&tree, "webhookSecret", ["source": "file", "id": "telegram_webhook_secret"])
        }
        #expect(plain.first?.message.contains("https") == true)
    }

    @Test func nonLoopbackBindRequiresAuthToken() {
        let refused = issues { $0["gateway"] = ["bind": "lan"] }
        #expect(refused.map(\.path) == ["gateway.bind"])
        let accepted = issues { $0["gateway"] = ["bind": "lan", "auth": ["token": ["source": "file", "id": "gateway_token"]]] }
        #expect(accepted.isEmpty)
    }

    @Test func modelRefMustNameAConfiguredProvider() {
        let refused = issues { $0["agents"] = ["defaults": ["model": "openai/gpt-4o", "fallbacks": ["nobody/x"]]] }
        #expect(refused.map(\.path).sorted() == ["agents.defaults.fallbacks[0]", "agents.defaults.model"])
        #expect(refused.contains { $0.message.contains("\"openai\" is not configured") })
    }

    @Test func inlineSecretsAreRefusedWithoutEchoingThem() {
        let token = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0"
        let refused = issues { telegram(&$0, "botToken", token) }
        #expect(refused.map(\.path) == ["channels.telegram.botToken"])
        #expect(!refused.description.contains(token))
        #expect(!refused.description.contains("AAHfiq"))
    }

    @Test func secretIdsCannotEscapeTheSecretsDirectory() {
        let refused = issues { telegram(&$0, "botToken", ["source": "file", "id": "../etc/passwd"]) }
        #expect(refused.map(\.path) == ["channels.telegram.botToken.id"])
    }

    @Test func everyIssueIsReportedAtOnce() {
        let found = issues { tree in
            telegram(&tree, "dmPolicy", "sometimes")
            telegram(&tree, "textChunkLimit", 9000)
            tree["gateway"] = ["port": "eighty"]
        }
        #expect(Set(found.map(\.path)) == ["channels.telegram.dmPolicy", "channels.telegram.textChunkLimit", "gateway.port"])
    }

    /// `textChunkLimit: 1` used to pass and then trap in the chunker on the first reply.
    @Test func textChunkLimitIsOneTheRepliesHandle() throws {
        for refused in [0, 1, 2, 255, 4097] {
            #expect(issues { telegram(&$0, "textChunkLimit", refused) }.map(\.path) == ["channels.telegram.textChunkLimit"], "\(refused)")
        }
        for accepted in [256, 4096] {
            #expect(try parse(minimalWith: { telegram(&$0, "textChunkLimit", accepted) }).telegram.textChunkLimit == accepted)
        }
    }

    @Test func malformedJSONIsNamedNotQuoted() {
        #expect(throws: ConfigError.self) { try parse("{ \"gateway\": ") }
    }
}
