/// One attempt to POST an update to the webhook.
package struct WebhookDelivery: Sendable, Hashable {
    package var updateId: Int64
    package var attempt: Int
    /// The receiver's HTTP status, or nil when the connection failed.
    package var status: Int?
    /// The `X-Telegram-Bot-Api-Secret-Token` header that was sent.
    package var secretToken: String?

    package var succeeded: Bool { status.map { (200..<300).contains($0) } ?? false }
}
