/// Checks an API key before it goes into a header.
enum Credential {
    /// The trimmed key, nil when absent or empty.
    ///
    /// Throws when the key holds control or non-ASCII characters: sending it would either fail
    /// deep inside the HTTP stack or split the header. The error names the provider, never the key.
    static func headerValue(_ raw: String?, provider: String) throws -> String? {
        guard let key = raw?.trimmedWhitespace, !key.isEmpty else { return nil }
        let valid = key.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x21 && $0.value != 0x7F }
        guard valid else {
            throw LLMError(
                code: .invalidCredential,
                detail: "API key for provider '\(provider)' contains characters not allowed in an HTTP header"
            )
        }
        return key
    }
}
