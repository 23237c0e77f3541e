/// A secret value was refused. Names the secret and the rule; never holds the value.
package struct SecretFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    package struct Code: RawRepresentable, Sendable, Hashable {
        package var rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let empty = Code(rawValue: "empty")
        package static let invalidFormat = Code(rawValue: "invalid_format")
        /// The id itself is unusable as a file name (`../x`, spaces, dots).
        package static let invalidId = Code(rawValue: "invalid_id")
    }

    package var code: Code
    package var secretId: String
    package var rule: String

    package init(code: Code, secretId: String, rule: String) {
        self.code = code
        self.secretId = secretId
        self.rule = rule
    }

    package var description: String {
        switch code {
        case .empty: "secret '\(secretId)' is empty"
        case .invalidId: "'\(secretId)' is not a secret id: \(rule)"
        default: "secret '\(secretId)' does not have the expected format: \(rule)"
        }
    }
}
