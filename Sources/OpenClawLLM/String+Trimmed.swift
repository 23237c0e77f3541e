extension StringProtocol {
    /// The text without leading or trailing whitespace and newlines.
    var trimmedWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
