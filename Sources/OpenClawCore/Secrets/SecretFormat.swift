/// The shape a secret's value must have, checked without ever echoing the value.
package struct SecretFormat: Sendable {
    /// The rule in words, safe to print: it describes the shape, never a value.
    package var rule: String
    let accepts: @Sendable (String) -> Bool

    package init(rule: String, accepts: @escaping @Sendable (String) -> Bool) {
        self.rule = rule
        self.accepts = accepts
    }

    /// True when `value` has this shape.
    package func matches(_ value: String) -> Bool { accepts(value) }
}

extension SecretFormat {
    /// `<5–16 digits>:<35 of A-Za-z0-9_->`, as @BotFather issues them.
    package static let telegramBotToken = SecretFormat(rule: "<5-16 digits>:<35 characters of A-Za-z0-9_->") { value in
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return (5...16).contains(parts[0].count) && parts[0].allSatisfy(\.isASCIIDigit)
            && parts[1].count == 35 && parts[1].allSatisfy(\.isURLSafeBase64)
    }

    /// Telegram's `secret_token`: 1–256 of `A-Za-z0-9_-`; we require at least 32.
    package static let telegramWebhookSecret = SecretFormat(rule: "32 to 256 characters of A-Za-z0-9_-") { value in
        (32...256).contains(value.count) && value.allSatisfy(\.isURLSafeBase64)
    }

    package static let gatewayToken = SecretFormat(rule: "at least 32 printable ASCII characters without spaces") { value in
        value.count >= 32 && value.allSatisfy(\.isPrintableASCIIWithoutSpace)
    }

    package static let anthropicAPIKey = SecretFormat(rule: "sk-ant- followed by at least 16 characters of A-Za-z0-9_-") { value in
        hasPrefix("sk-ant-", value, atLeast: 16)
    }

    package static let openAIAPIKey = SecretFormat(rule: "sk- followed by at least 20 characters of A-Za-z0-9_-") { value in
        hasPrefix("sk-", value, atLeast: 20)
    }

    /// 32 random bytes in standard base64 (44 characters with padding).
    package static let storageEncryptionKey = SecretFormat(rule: "32 bytes encoded as base64 (44 characters)") { value in
        Base64.decode(value)?.count == 32
    }

    package static let strongPassword = SecretFormat(
        rule: "at least 16 characters with at least 3 of: lowercase, uppercase, digits, symbols"
    ) { value in
        guard value.count >= 16 else { return false }
        let classes: [(Character) -> Bool] = [
            { $0.isASCII && $0.isLowercase }, { $0.isASCII && $0.isUppercase }, \.isASCIIDigit,
            { !($0.isASCII && ($0.isLetter || $0.isNumber)) },
        ]
        return classes.count { test in value.contains(where: test) } >= 3
    }

    /// A connection URL with user, host and database; TLS is set in the config, not the URL.
    package static let postgresURL = SecretFormat(rule: "postgresql://user:password@host[:port]/database, with no query") { value in
        PostgresURL(value) != nil
    }

    package static let nonEmpty = SecretFormat(rule: "not empty") { !$0.isEmpty }

    /// What any API key must be to travel in an HTTP header.
    package static let headerSafe = SecretFormat(rule: "printable ASCII characters without spaces") { value in
        !value.isEmpty && value.allSatisfy(\.isPrintableASCIIWithoutSpace)
    }

    private static func hasPrefix(_ prefix: String, _ value: String, atLeast count: Int) -> Bool {
        guard value.hasPrefix(prefix) else { return false }
        let rest = value.dropFirst(prefix.count)
        return rest.count >= count && rest.allSatisfy(\.isURLSafeBase64)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isURLSafeBase64: Bool { isASCII && (isLetter || isNumber || self == "-" || self == "_") }
    var isPrintableASCIIWithoutSpace: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return (0x21...0x7E).contains(scalar.value)
    }
}
