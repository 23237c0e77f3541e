/// A failed Bot API call. Carries the method name, never the URL or the token.
package struct TelegramAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the call failed.
    package struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        package var rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }
        package var description: String { rawValue }

        /// Telegram answered with `ok: false` (or a non-2xx status).
        package static let api = Kind(rawValue: "api")
        /// The request did not complete: connection refused or reset, TLS, DNS.
        package static let transport = Kind(rawValue: "transport")
        /// No answer within the request's time limit.
        package static let timeout = Kind(rawValue: "timeout")
        /// An answer came but was not a Bot API envelope of the expected shape.
        package static let invalidResponse = Kind(rawValue: "invalid_response")
    }

    package var kind: Kind
    package var method: TelegramMethod
    /// Telegram's `error_code`, else the HTTP status; 0 when no answer came.
    package var code: Int
    /// Telegram's own explanation (`"Bad Request: chat not found"`), with the token masked if echoed.
    package var telegramDescription: String?
    /// Seconds Telegram asks us to wait (flood control, HTTP 429), read as at most
    /// `maxRetryAfterSeconds`: the number comes from the network and is clamped before any use.
    package var retryAfter: Int?
    /// The supergroup a group moved to; resend there.
    package var migrateToChatId: Int64?
    /// For transport failures: the failing error's type or a fixed phrase. Never its message,
    /// which may contain the request URL and so the token.
    package var cause: String?

    package init(
        kind: Kind,
        method: TelegramMethod,
        code: Int = 0,
        telegramDescription: String? = nil,
        retryAfter: Int? = nil,
        migrateToChatId: Int64? = nil,
        cause: String? = nil
    ) {
        self.kind = kind
        self.method = method
        self.code = code
        self.telegramDescription = telegramDescription
        self.retryAfter = retryAfter
        self.migrateToChatId = migrateToChatId
        self.cause = cause
    }

    /// The longest flood-control wait an answer is read as (one hour).
    package static let maxRetryAfterSeconds = 3600

    /// `retry_after` as Telegram sent it, clamped to `0...maxRetryAfterSeconds`.
    package static func clampedRetryAfter(_ seconds: Int?) -> Int? {
        seconds.map { min(max($0, 0), maxRetryAfterSeconds) }
    }

    package var description: String {
        var text = "Telegram \(method) failed (\(kind)"
        if code != 0 { text += " \(code)" }
        text += ")"
        if let telegramDescription { text += ": \(telegramDescription)" }
        if let cause { text += " [\(cause)]" }
        if let retryAfter { text += ", retry after \(retryAfter)s" }
        if let migrateToChatId { text += ", chat migrated to \(migrateToChatId)" }
        return text
    }
}
