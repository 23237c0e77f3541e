/// A Telegram chat (Bot API `Chat`).
package struct TelegramChat: Codable, Sendable, Hashable {
    /// The chat's type on the wire: `private`, `group`, `supergroup` or `channel`.
    package struct ChatType: RawRepresentable, Codable, Sendable, Hashable {
        package var rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let `private` = ChatType(rawValue: "private")
        package static let group = ChatType(rawValue: "group")
        package static let supergroup = ChatType(rawValue: "supergroup")
        package static let channel = ChatType(rawValue: "channel")
    }

    package var id: Int64
    package var type: ChatType
    package var title: String?
    package var username: String?
    package var isForum: Bool?

    package init(id: Int64, type: ChatType, title: String? = nil, username: String? = nil, isForum: Bool? = nil) {
        self.id = id
        self.type = type
        self.title = title
        self.username = username
        self.isForum = isForum
    }

    enum CodingKeys: String, CodingKey {
        case id, type, title, username
        case isForum = "is_forum"
    }
}
