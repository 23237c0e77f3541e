/// A simulator failure: it could not start, or a wait ran out.
public struct TelegramSimulatorError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let startFailed = Code(rawValue: "start_failed")
        public static let timeout = Code(rawValue: "timeout")
    }

    public var code: Code
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "TelegramSimulator \(code.rawValue): \(message)" }
}
