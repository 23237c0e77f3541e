/// Body of `setWebhook`.
package struct SetWebhookParameters: Codable, Sendable, Hashable {
    package var url: String
    /// Sent back by Telegram as `X-Telegram-Bot-Api-Secret-Token` on every delivery.
    package var secretToken: String?
    package var allowedUpdates: [String]?
    package var dropPendingUpdates: Bool?

    package init(url: String, secretToken: String? = nil, allowedUpdates: [String]? = nil, dropPendingUpdates: Bool? = nil) {
        self.url = url
        self.secretToken = secretToken
        self.allowedUpdates = allowedUpdates
        self.dropPendingUpdates = dropPendingUpdates
    }

    enum CodingKeys: String, CodingKey {
        case url
        case secretToken = "secret_token"
        case allowedUpdates = "allowed_updates"
        case dropPendingUpdates = "drop_pending_updates"
    }
}
