import Logging
import OpenClawCore
import OpenClawGateway
import Testing

/// A configuration reload reaches loggers made before it: `logging.level` and the replacement texts
/// of `privacy.replacements` are read by every handler on every record.
@Suite struct LogSettingsTests {
    static func config(_ change: (inout JSONValue) -> Void = { _ in }) throws -> OpenClawConfig {
        var document: JSONValue = [
            "channels": ["telegram": ["botToken": ["source": "file", "id": "telegram_bot_token"]]],
            "models": ["providers": ["p": ["api": "openai-completions", "baseUrl": "http://127.0.0.1:11434/v1"]]],
            "agents": ["defaults": ["model": "p/m"]],
        ]
        change(&document)
        return try ConfigParser.parse(document)
    }

    @Test func aReloadChangesTheLevelAndTheReplacementTextsOfLoggersAlreadyMade() throws {
        let settings = LogSettings(try Self.config())
        let sink = LogSink.capturing()
        let logger = Logger(label: "test") { JSONLogHandler(label: $0, settings: settings, sink: sink) }
        logger.debug("before: debug")
        logger.info("before: write to alice@example.com")

        settings.apply(try Self.config { document in
            document.set("debug", at: ["logging", "level"])
            document.set(["email": "[mail]"], at: ["privacy", "replacements"])
        })
        logger.debug("after: debug")
        logger.info("after: write to alice@example.com")

        let lines = sink.captured
        #expect(!lines.contains { $0.contains("before: debug") }, "info level at first")
        #expect(lines.contains { $0.contains("after: debug") }, "debug level after the reload")
        #expect(!lines.contains { $0.contains("alice@example.com") })
        #expect(lines.contains { $0.contains("after: write to [mail]") }, "\(lines)")
        #expect(!lines.contains { $0.contains("before: write to [mail]") })
    }
}
