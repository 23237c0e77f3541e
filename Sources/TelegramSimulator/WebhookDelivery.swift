/// One attempt to POST an update to the webhook.
public struct WebhookDelivery: Sendable, Hashable {
    public var updateId: Int64
    public var attempt: Int
    /// The receiver's HTTP status, or nil when the connection failed.
    public var status: Int?
    /// The `X-Telegram-Bot-Api-Secret-Token` header that was sent.
    public var secretToken: String?

    public var succeeded: Bool { status.map { (200..<300).contains($0) } ?? false }
}
