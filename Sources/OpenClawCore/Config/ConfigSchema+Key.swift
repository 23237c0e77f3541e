extension ConfigSchema {
    /// One key of the configuration file: its path, what it holds, its default, whether an
    /// `OPENCLAW_…` variable may set it, and whether a running gateway applies a change to it.
    ///
    /// Paths are dotted; `<id>`, `<chatId>` and `<kind>` stand for names the operator chooses, `[]`
    /// for each item of an array of objects (`models.providers.<id>.models[].cost.input`).
    package struct Key: Sendable {
        package var path: String
        package var type: ValueType
        package var defaultValue: Default
        /// An environment variable (`ConfigOverrides.variableName(for:)`) may set it.
        package var environment: Bool
        package var reload: Reload

        package init(_ path: String, _ type: ValueType, _ defaultValue: Default, environment: Bool = false, reload: Reload = .live) {
            self.path = path
            self.type = type
            self.defaultValue = defaultValue
            self.environment = environment
            self.reload = reload
        }

        /// The path's dotted parts (`models[]` stays one part).
        package var components: [String] { path.split(separator: ".").map(String.init) }
    }

    /// What a key holds, with the values the code accepts.
    package enum ValueType: Sendable, Equatable {
        case string
        /// `<count>/<number><s|m|h|d>`, e.g. `"10/1m"`.
        case rate
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        /// Greater than zero and at most `upTo` (a USD cap: leaving it out means no limit).
        case positiveNumber(upTo: Double)
        case boolean
        case oneOf([String])
        /// Numeric Telegram user ids (`123`, `"tg:123"`) or `"*"`.
        case userIds
        case strings
        /// `{"source": "file" | "env", "id": "<name>"}`; never the secret itself.
        case secretReference
    }

    package enum Default: Sendable, Equatable {
        /// The key must be given.
        case required
        /// Leaving the key out means "not set" (no limit, no prompt, no webhook, …).
        case none
        case value(JSONValue)
        /// A default that depends on other keys, in words.
        case described(String)
    }

    /// Whether a running gateway applies a change to the key (file watch or SIGHUP).
    package enum Reload: String, Sendable {
        /// Applied to the next message.
        case live
        /// Reported as needing a restart; the running value stays until then.
        case restart
    }
}
