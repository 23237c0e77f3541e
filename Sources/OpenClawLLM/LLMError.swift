import OpenClawCore

/// Why a completion could not be had, as a user-safe message and a log-safe detail.
///
/// Neither the message nor the detail ever contains an API key, prompt or reply text,
/// or text the provider echoed back: only provider ids, model names, HTTP statuses and
/// the provider's error *type* (`rate_limit_error`).
package struct LLMError: Error, Sendable, Equatable {
    /// What kind of failure, open to new cases.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case unavailable, rejected, timeout, malformedResponse, unknownProvider, invalidCredential
        }
        private let base: Base

        /// Rate limited, server error or connection failure, after retries.
        package static let unavailable = Code(base: .unavailable)
        /// The provider refused the request (400, 401, 403, 404 …): retrying will not help.
        package static let rejected = Code(base: .rejected)
        /// No complete reply within the endpoint's timeout.
        package static let timeout = Code(base: .timeout)
        /// The provider answered 2xx with a body we could not read.
        package static let malformedResponse = Code(base: .malformedResponse)
        /// A `ModelRef` names a provider with no configured endpoint.
        package static let unknownProvider = Code(base: .unknownProvider)
        /// The API key cannot be sent as a header (it holds control characters).
        package static let invalidCredential = Code(base: .invalidCredential)

        package var description: String { base.rawValue }
    }

    /// The text a user may see: short and neutral, whatever went wrong.
    package static let neutralMessage = "The model is unavailable right now. Please try again later."

    /// The code of the last failure.
    package var code: Code
    /// Safe to show a Telegram user.
    package var userMessage: String
    /// Safe to log: each attempt's provider/model and outcome.
    package var detail: String
    /// Every failed attempt, in order.
    package var attempts: [LLMAttempt]

    /// Creates an error.
    package init(code: Code, userMessage: String = LLMError.neutralMessage, detail: String, attempts: [LLMAttempt] = []) {
        self.code = code
        self.userMessage = userMessage
        self.detail = detail
        self.attempts = attempts
    }

    /// The error thrown once every model and retry has failed.
    static func exhausted(_ attempts: [LLMAttempt]) -> LLMError {
        let code = attempts.last?.code ?? .unknownProvider
        let lines = attempts.map(\.description).joined(separator: "; ")
        let detail = "all \(attempts.count) attempt(s) failed: \(lines)"
        return LLMError(code: code, detail: detail, attempts: attempts)
    }
}

extension LLMError: CustomStringConvertible {
    package var description: String { "LLMError(\(code)): \(detail)" }
}
