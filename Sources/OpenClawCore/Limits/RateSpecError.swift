/// A rate string such as `"10/1m"` that could not be read; the message names the text and the rule.
package struct RateSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rejected text (a rate, never a secret).
    package var text: String
    /// Which rule it breaks.
    package var reason: String

    package init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    package var description: String {
        "\"\(text)\": \(reason); write <count>/<number><s|m|h|d>, e.g. \"10/1m\""
    }
}
