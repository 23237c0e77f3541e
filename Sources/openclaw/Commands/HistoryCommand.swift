import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawStore

extension OpenClaw {
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Print a stored conversation for an investigation; every use is audited as history.viewed.",
            discussion: "Personal data and secrets are redacted unless --unredacted. Needs the storage key when messages are sealed."
        )

        @OptionGroup var options: ConfigOptions
        @Option(help: "A chat id: a user's direct chat, or a group with all its topics.") var chat: Int64?
        @Option(help: "A Telegram user id: what they wrote anywhere, and their direct chat.") var user: Int64?
        @Option(help: "Since how long ago (7d, 24h, 30m) or a date (2026-11-01).") var since: String?
        @Option(help: "At most this many messages (the newest).") var limit = 500
        @Flag(help: "Show the text as stored, without redaction.") var unredacted = false
        @Flag(help: "One JSON object per message and line.") var json = false

        func validate() throws {
            guard (chat == nil) != (user == nil) else { throw ValidationError("give exactly one of --chat ID or --user ID") }
        }

        func run() async throws {
            let start = try SinceArgument.parse(since)
            let config = try options.load(checkSecrets: false)
            let scope: OpenClawStore.HistoryScope = chat.map { .chat($0) } ?? .user(user ?? 0)
            let redactor = unredacted ? nil : Redactor(config.privacy.redaction(.all))
            let messages = try await options.withPrivacyAdmin(config) { admin in
                let messages = try await admin.store.history(scope, since: start, limit: max(0, limit))
                // Audited before anything is printed: looking is the event, whether or not the output is kept.
                // Whom it was about goes in the event's user and chat ids, which erasure removes; never in details.
                let details = [
                    "operator": Self.operatorName(), "scope": chat == nil ? "user" : "chat", "messages": String(messages.count),
                    "unredacted": String(unredacted), "since": start?.formatted(.iso8601) ?? "all",
                ]
                try await admin.store.appendAudit(AuditEvent(time: Date(), kind: .historyViewed, userId: user, chatId: chat, details: details))
                return messages
            }
            for message in messages {
                let text = redactor.map { $0.redact(message.content) } ?? message.content
                print(json ? try Self.jsonLine(message, text: text) : Self.textLine(message, text: text))
            }
        }

        /// The login that ran the command (through sudo, the person behind it) and the uid.
        static func operatorName() -> String {
            let environment = ProcessInfo.processInfo.environment
            let name = environment["SUDO_USER"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
            return "\(name) (uid \(getuid()))"
        }

        static func textLine(_ message: StoredMessage, text: String) -> String {
            let who = message.role == "user" ? "user \(message.userId.map(String.init) ?? "?")" : message.role
            return "\(message.createdAt.formatted(.iso8601))  \(message.session)  \(who): \(text)"
        }

        static func jsonLine(_ message: StoredMessage, text: String) throws -> String {
            var object: [String: Any] = [
                "time": message.createdAt.formatted(.iso8601), "session": message.session, "role": message.role, "text": text,
            ]
            object["userId"] = message.userId
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
        }
    }
}
