/// A way a message can hide text from a reader that looks only at its surface. A verdict names
/// the decodings that revealed what scored (`ContentVerdict.revealedBy`).
package enum TextDecoding: String, Sendable, CaseIterable, Comparable {
    case base64
    case hex
    case rot13
    case url
    /// Invisible characters of the Unicode tag block (U+E0020…U+E007E), each standing for ASCII.
    case unicodeTags = "unicode_tags"
    case reversed
    /// Digits and symbols for letters ("1gn0r3"), read by the tokenizer.
    case leetspeak
    /// Letters spaced, dotted or hyphenated apart ("i g n o r e", "I-G-N-O-R-E").
    case spacedLetters = "spaced_letters"
    /// Cyrillic or Greek look-alikes inside Latin words.
    case homoglyphs

    package static func < (lhs: TextDecoding, rhs: TextDecoding) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
