import AsyncHTTPClient
import OpenClawCore

/// One failed attempt, classified: whether the same model may be tried again, and how soon.
struct AttemptFailure: Sendable {
    var record: LLMAttempt
    var retryable: Bool
    var retryAfter: Duration?

    /// A non-2xx response: 429, 408 and 5xx are worth another try; 3xx and other 4xx never are.
    static func status(_ status: Int, ref: ModelRef, providerErrorType: String?, retryAfter: Duration?) -> AttemptFailure {
        let code: LLMError.Code
        let retryable: Bool
        switch status {
        case 408:
            (code, retryable) = (.timeout, true)
        case 429, 500...599:
            (code, retryable) = (.unavailable, true)
        case 300...499:
            // A model endpoint has no business redirecting; 3xx reaches here only when the
            // client (rightly) does not follow redirects.
            (code, retryable) = (.rejected, false)
        default:
            // 1xx or other codes AHC did not resolve: not a reply we can use or expect to change.
            (code, retryable) = (.unavailable, false)
        }
        let record = LLMAttempt(ref: ref, code: code, status: status, providerErrorType: providerErrorType)
        return AttemptFailure(record: record, retryable: retryable, retryAfter: retryable ? retryAfter : nil)
    }

    /// The client followed a redirect: the reply came from an origin we were not configured for.
    static func redirected(ref: ModelRef, status: Int) -> AttemptFailure {
        let record = LLMAttempt(ref: ref, code: .rejected, status: status, cause: "redirect followed")
        return AttemptFailure(record: record, retryable: false)
    }

    /// A 2xx body that is not the JSON the wire API promises.
    static func malformed(_ error: any Error, ref: ModelRef, status: Int) -> AttemptFailure {
        // Only the error's type: a decoder's description may quote the body.
        let record = LLMAttempt(ref: ref, code: .malformedResponse, status: status, cause: String(describing: type(of: error)))
        return AttemptFailure(record: record, retryable: false, retryAfter: nil)
    }

    /// An error before any status arrived: timeouts and connection failures are transient,
    /// a bad URL or credential is not.
    static func transport(_ error: any Error, ref: ModelRef) -> AttemptFailure {
        if let error = error as? LLMError {
            return AttemptFailure(record: LLMAttempt(ref: ref, code: error.code, cause: error.detail), retryable: false)
        }
        if error is BodyDeadlineExceeded {
            return AttemptFailure(record: LLMAttempt(ref: ref, code: .timeout, cause: "body deadline exceeded"), retryable: true)
        }
        guard let error = error as? HTTPClientError else {
            let record = LLMAttempt(ref: ref, code: .unavailable, cause: String(describing: type(of: error)))
            return AttemptFailure(record: record, retryable: true)
        }

        // shortDescription is documented to carry no associated values (no URL, no header).
        let cause = error.shortDescription
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout,
            .getConnectionFromPoolTimeout:
            return AttemptFailure(record: LLMAttempt(ref: ref, code: .timeout, cause: cause), retryable: true)
        case .invalidURL, .emptyHost, .emptyScheme, .missingSocketPath:
            return AttemptFailure(record: LLMAttempt(ref: ref, code: .unavailable, cause: cause), retryable: false)
        default:
            return AttemptFailure(record: LLMAttempt(ref: ref, code: .unavailable, cause: cause), retryable: true)
        }
    }

    init(record: LLMAttempt, retryable: Bool, retryAfter: Duration? = nil) {
        self.record = record
        self.retryable = retryable
        self.retryAfter = retryAfter
    }
}

/// The reply body did not finish arriving before the endpoint's timeout.
struct BodyDeadlineExceeded: Error {}
