package import OpenClawCore

/// One failed HTTP attempt, with only log-safe facts.
package struct LLMAttempt: Sendable, Equatable, CustomStringConvertible {
    /// The model that was asked.
    package var ref: ModelRef
    /// How it failed.
    package var code: LLMError.Code
    /// The HTTP status, when a response arrived.
    package var status: Int?
    /// The provider's error type from its JSON (`rate_limit_error`), sanitised; never its message.
    package var providerErrorType: String?
    /// A short, secret-free cause for failures without a status (`HTTPClientError.connectTimeout`).
    package var cause: String?

    /// Creates an attempt record.
    package init(ref: ModelRef, code: LLMError.Code, status: Int? = nil, providerErrorType: String? = nil, cause: String? = nil) {
        self.ref = ref
        self.code = code
        self.status = status
        self.providerErrorType = providerErrorType
        self.cause = cause
    }

    package var description: String {
        var text = "\(ref) \(code)"
        if let status { text += " http \(status)" }
        if let providerErrorType { text += " (\(providerErrorType))" }
        if let cause { text += " [\(cause)]" }
        return text
    }
}
