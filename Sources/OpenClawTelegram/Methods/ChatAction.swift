/// What the bot shows it is doing (`typing`, ...), as `sendChatAction` names it.
public struct ChatAction: RawRepresentable, Codable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let typing = ChatAction(rawValue: "typing")
}
