import Foundation
import Logging
import OpenClawCore
import OpenClawTesting
@testable import OpenClawGateway
import OpenClawStore
import OpenClawTelegram

/// Stages built by hand, with a real SQLite store in a temporary folder and no sockets: what the
/// in-process stage and pipeline tests share.
enum StageFixture {
    static let bot = BotIdentity(id: 9_000, username: "stage_test_bot")
    static let alice: Int64 = 1001
    static let bob: Int64 = 1002
    static let mallory: Int64 = 6666
    static let groupId: Int64 = -100_200

    /// A valid configuration: Alice is allowlisted and owns the bot, one group is allowed.
    static func config(_ adjust: (inout JSONValue) -> Void = { _ in }) throws -> OpenClawConfig {
        var document: JSONValue = [
            "state": ["dir": "/nonexistent/state"],
            "secrets": ["dir": "/nonexistent/secrets"],
            "channels": [
                "telegram": [
                    "botToken": ["source": "file", "id": "telegram_bot_token"],
                    "dmPolicy": "pairing",
                    "allowFrom": [.number(Double(alice))],
                    "groupPolicy": "allowlist",
                    "groups": [String(groupId): ["requireMention": true, "systemPrompt": "You help the group."]],
                ]
            ],
            "commands": ["ownerAllowFrom": [.number(Double(alice))]],
            "models": [
                "providers": [
                    "local": [
                        "api": "openai-completions", "baseUrl": "http://127.0.0.1:9/v1",
                        "models": [["id": "scripted", "cost": ["input": 3, "output": 15]]],
                    ]
                ]
            ],
            "agents": ["defaults": ["model": "local/scripted", "fallbacks": [], "historyLimit": 10]],
        ]
        adjust(&document)
        return try ConfigParser.parse(document)
    }

    /// A Telegram update as the Bot API sends it, decoded from its JSON.
    static func update(_ id: Int64 = 1, from user: Int64, inGroup group: Int64? = nil, text: String, mention: Bool = false) throws -> Update {
        let body = mention ? "@\(bot.username) \(text)" : text
        var message: [String: Any] = [
            "message_id": id, "date": 1_700_000_000,
            "chat": group.map { ["id": $0, "type": "supergroup", "title": "team"] } ?? ["id": user, "type": "private"],
            "from": ["id": user, "is_bot": false, "first_name": "user\(user)"],
            "text": body,
        ]
        if mention { message["entities"] = [["type": "mention", "offset": 0, "length": bot.username.count + 1]] }
        if body.hasPrefix("/") { message["entities"] = [["type": "bot_command", "offset": 0, "length": body.prefix { $0 != " " }.count]] }
        let data = try JSONSerialization.data(withJSONObject: ["update_id": id, "message": message])
        return try JSONDecoder().decode(Update.self, from: data)
    }

    static func message(_ id: Int64 = 1, from user: Int64, inGroup group: Int64? = nil, text: String, mention: Bool = false) throws -> InboundMessage {
        guard let message = Normalizer(bot: bot).message(from: try update(id, from: user, inGroup: group, text: text, mention: mention)) else {
            throw HarnessError("the normalizer dropped a plain text message")
        }
        return message
    }

    static func admitted(_ message: InboundMessage, owners: Set<Int64> = [alice]) -> AdmittedMessage {
        AdmittedMessage(message: message, sender: message.senderId ?? 0, owners: owners, group: nil)
    }

    /// A real store in a fresh temporary folder; `body` runs with it, and the folder goes after.
    static func withStore<T>(_ body: (OpenClawStore) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.path + "/stage-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = try await OpenClawStore.open(directory: directory, logger: Logger(label: "stage-test"))
        do {
            let result = try await body(store)
            try await store.close()
            try? FileManager.default.removeItem(atPath: directory)
            return result
        } catch {
            try? await store.close()
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }
}
