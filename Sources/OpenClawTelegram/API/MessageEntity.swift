/// A special span in a message's text (Bot API `MessageEntity`); offsets count UTF-16 code units.
package struct MessageEntity: Codable, Sendable, Hashable {
    /// The entity's type on the wire (`mention`, `text_mention`, `bot_command`, `bold`, ...).
    package struct EntityType: RawRepresentable, Codable, Sendable, Hashable {
        package var rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let mention = EntityType(rawValue: "mention")
        package static let textMention = EntityType(rawValue: "text_mention")
        package static let botCommand = EntityType(rawValue: "bot_command")
    }

    package var type: EntityType
    /// Offset in UTF-16 code units to the start of the entity.
    package var offset: Int
    /// Length of the entity in UTF-16 code units.
    package var length: Int
    /// The mentioned user, for `text_mention` only.
    package var user: TelegramUser?

    package init(type: EntityType, offset: Int, length: Int, user: TelegramUser? = nil) {
        self.type = type
        self.offset = offset
        self.length = length
        self.user = user
    }
}

extension MessageEntity {
    /// The entity's text within `text`, or nil when the span does not fit the text.
    package func text(in text: String) -> String? {
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
