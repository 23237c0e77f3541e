import OpenClawTelegram

/// What a failed send means for the message: try again later, resend elsewhere, or give up.
enum DeliveryFailure: Equatable {
    /// A passing failure (5xx, timeout, connection, flood control past its retries, a revoked
    /// token awaiting rotation): keep the message and try again after a backoff.
    case retry
    /// The group became a supergroup: send there instead.
    case moved(to: Int64)
    /// It can never succeed (chat not found, bot blocked or kicked, message refused): drop it.
    case permanent

    init(_ error: any Error) {
        guard let error = error as? TelegramAPIError, error.kind == .api else {
            self = .retry
            return
        }
        if let newChatId = error.migrateToChatId {
            self = .moved(to: newChatId)
            return
        }
        switch error.code {
        case 400, 403: self = .permanent
        default: self = .retry
        }
    }
}
