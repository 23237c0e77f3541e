import OpenClawTelegram

extension Update {
    /// The chat the update belongs to, as the inbox keys it: one chat's updates are taken in order
    /// across replicas. Nil for kinds without a chat.
    var chatKey: String? {
        (message ?? editedMessage ?? channelPost ?? editedChannelPost).map { String($0.chat.id) }
    }
}
