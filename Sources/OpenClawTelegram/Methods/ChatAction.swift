/// What the bot shows it is doing (`typing`, ...), as `sendChatAction` names it.
package struct ChatAction: RawRepresentable, Codable, Sendable, Hashable {
    package var rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let typing = ChatAction(rawValue: "typing")
}
