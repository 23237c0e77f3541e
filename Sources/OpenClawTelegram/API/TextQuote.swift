/// The part of a replied-to message the sender chose to quote (Bot API `TextQuote`).
public struct TextQuote: Codable, Sendable, Hashable {
    public var text: String

    public init(text: String) {
        self.text = text
    }
}
