/// An incoming update (Bot API `Update`); kinds the gateway does not handle are skipped on decode.
package struct Update: Codable, Sendable, Hashable {
    package var updateId: Int64
    package var message: TelegramMessage?
    package var editedMessage: TelegramMessage?
    package var channelPost: TelegramMessage?
    package var editedChannelPost: TelegramMessage?

    package init(
        updateId: Int64,
        message: TelegramMessage? = nil,
        editedMessage: TelegramMessage? = nil,
        channelPost: TelegramMessage? = nil,
        editedChannelPost: TelegramMessage? = nil
    ) {
        self.updateId = updateId
        self.message = message
        self.editedMessage = editedMessage
        self.channelPost = channelPost
        self.editedChannelPost = editedChannelPost
    }

    enum CodingKeys: String, CodingKey {
        case updateId = "update_id"
        case message
        case editedMessage = "edited_message"
        case channelPost = "channel_post"
        case editedChannelPost = "edited_channel_post"
    }
}
