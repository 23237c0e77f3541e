/// A Telegram chat (Bot API `Chat`).
public struct TelegramChat: Codable, Sendable, Hashable {
    /// The chat's type on the wire: `private`, `group`, `supergroup` or `channel`.
    public struct ChatType: RawRepresentable, Codable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let `private` = ChatType(rawValue: "private")
        public static let group = ChatType(rawValue: "group")
        public static let supergroup = ChatType(rawValue: "supergroup")
        public static let channel = ChatType(rawValue: "channel")
    }

    public var id: Int64
    public var type: ChatType
    public var title: String?
    public var username: String?
    public var isForum: Bool?

    public init(id: Int64, type: ChatType, title: String? = nil, username: String? = nil, isForum: Bool? = nil) {
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
