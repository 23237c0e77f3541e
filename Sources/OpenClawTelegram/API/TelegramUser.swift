/// A Telegram user or bot (Bot API `User`), reduced to the fields the gateway reads.
package struct TelegramUser: Codable, Sendable, Hashable {
    package var id: Int64
    package var isBot: Bool
    package var firstName: String
    package var username: String?

    package init(id: Int64, isBot: Bool = false, firstName: String, username: String? = nil) {
        self.id = id
        self.isBot = isBot
        self.firstName = firstName
        self.username = username
    }

    enum CodingKeys: String, CodingKey {
        case id
        case isBot = "is_bot"
        case firstName = "first_name"
        case username
    }
}
