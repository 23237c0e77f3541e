/// An incoming update (Bot API `Update`); kinds the gateway does not handle are skipped on decode.
public struct Update: Codable, Sendable, Hashable {
    public var updateId: Int64
    public var message: TelegramMessage?
    public var editedMessage: TelegramMessage?
    public var channelPost: TelegramMessage?
    public var editedChannelPost: TelegramMessage?

    public init(
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
