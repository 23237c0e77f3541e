/// A special span in a message's text (Bot API `MessageEntity`); offsets count UTF-16 code units.
public struct MessageEntity: Codable, Sendable, Hashable {
    /// The entity's type on the wire (`mention`, `text_mention`, `bot_command`, `bold`, ...).
    public struct EntityType: RawRepresentable, Codable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let mention = EntityType(rawValue: "mention")
        public static let textMention = EntityType(rawValue: "text_mention")
        public static let botCommand = EntityType(rawValue: "bot_command")
    }

    public var type: EntityType
    /// Offset in UTF-16 code units to the start of the entity.
    public var offset: Int
    /// Length of the entity in UTF-16 code units.
    public var length: Int
    /// The mentioned user, for `text_mention` only.
    public var user: TelegramUser?

    public init(type: EntityType, offset: Int, length: Int, user: TelegramUser? = nil) {
        self.type = type
        self.offset = offset
        self.length = length
        self.user = user
    }
}

extension MessageEntity {
    /// The entity's text within `text`, or nil when the span does not fit the text.
    public func text(in text: String) -> String? {
        let units = text.utf16
        // Written so that no offset or length Telegram sends can overflow.
        guard offset >= 0, length >= 0, offset <= units.count, length <= units.count - offset else { return nil }
        let start = units.index(units.startIndex, offsetBy: offset)
        let end = units.index(start, offsetBy: length)
        // A span that cuts a surrogate pair is malformed; decoding repairs it with U+FFFD,
        // which then simply fails to match a username.
        return String(decoding: Array(units[start..<end]), as: UTF16.self)
    }
}
