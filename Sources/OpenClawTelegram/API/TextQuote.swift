/// The part of a replied-to message the sender chose to quote (Bot API `TextQuote`).
package struct TextQuote: Codable, Sendable, Hashable {
    package var text: String

    package init(text: String) {
        self.text = text
    }
}
