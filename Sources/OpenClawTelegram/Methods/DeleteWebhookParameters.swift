/// Body of `deleteWebhook`.
package struct DeleteWebhookParameters: Codable, Sendable, Hashable {
    package var dropPendingUpdates: Bool?

    package init(dropPendingUpdates: Bool? = nil) {
        self.dropPendingUpdates = dropPendingUpdates
    }

    enum CodingKeys: String, CodingKey {
        case dropPendingUpdates = "drop_pending_updates"
    }
}
