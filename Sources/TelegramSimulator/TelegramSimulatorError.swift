/// A simulator failure: it could not start, or a wait ran out.
package struct TelegramSimulatorError: Error, Sendable, Hashable, CustomStringConvertible {
    package struct Code: RawRepresentable, Sendable, Hashable {
        package var rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let startFailed = Code(rawValue: "start_failed")
        package static let timeout = Code(rawValue: "timeout")
    }

    package var code: Code
    package var message: String

    package init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { "TelegramSimulator \(code.rawValue): \(message)" }
}
