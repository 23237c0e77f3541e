package import Logging
package import OpenClawCore
import Synchronization

/// The level and redaction the gateway's log handlers read on every record, shared by all of them,
/// so a configuration reload changes `logging.level` and `privacy.replacements` at once.
package final class LogSettings: Sendable {
    private let state: Mutex<(level: Logger.Level, redactor: Redactor)>

    package init(level: Logger.Level, redactor: Redactor) {
        state = Mutex((level, redactor))
    }

    /// The settings for `config`'s `logging.level` and its replacement texts.
    package convenience init(_ config: OpenClawConfig) {
        self.init(level: Self.level(config), redactor: Self.redactor(config))
    }

    package var level: Logger.Level { state.withLock { $0.level } }
    package var redactor: Redactor { state.withLock { $0.redactor } }

    package func apply(_ config: OpenClawConfig) {
        let redactor = Self.redactor(config)
        state.withLock { $0 = (Self.level(config), redactor) }
    }

    static func level(_ config: OpenClawConfig) -> Logger.Level {
        Logger.Level(rawValue: config.logging.level) ?? .info
    }

    static func redactor(_ config: OpenClawConfig) -> Redactor {
        Redactor(config.privacy.redaction(.all))
    }
}
