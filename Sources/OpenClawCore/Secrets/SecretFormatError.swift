/// A secret value was refused. Names the secret and the rule; never holds the value.
public struct SecretFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let empty = Code(rawValue: "empty")
        public static let invalidFormat = Code(rawValue: "invalid_format")
        /// The id itself is unusable as a file name (`../x`, spaces, dots).
        public static let invalidId = Code(rawValue: "invalid_id")
    }

    public var code: Code
    public var secretId: String
    public var rule: String

    public init(code: Code, secretId: String, rule: String) {
        self.code = code
        self.secretId = secretId
        self.rule = rule
    }

    public var description: String {
        switch code {
        case .empty: "secret '\(secretId)' is empty"
        case .invalidId: "'\(secretId)' is not a secret id: \(rule)"
        default: "secret '\(secretId)' does not have the expected format: \(rule)"
        }
    }
}
