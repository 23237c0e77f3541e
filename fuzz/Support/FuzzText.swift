/// Text searches for the targets' own checks, which run on every input.
package enum FuzzText {
    /// Whether `piece` occurs in `text`, character by character, so canonically equal text
    /// matches as it does for `String.contains`. That one builds a search table on every call,
    /// which made the echo checks most of a target's time.
    package static func contains(_ text: [Character], _ piece: [Character]) -> Bool {
        guard let first = piece.first, text.count >= piece.count else { return false }
        for start in 0...(text.count - piece.count) where text[start] == first {
            if text[start..<start + piece.count].elementsEqual(piece) { return true }
        }
        return false
    }
}
