/// A way a message can hide text from a reader that looks only at its surface. A verdict names
/// the decodings that revealed what scored (`ContentVerdict.revealedBy`).
package enum TextDecoding: String, Sendable, CaseIterable, Comparable {
    case base64
    /// RFC 4648's alphabet of capitals and digits 2–7.
    case base32
    case hex
    /// Bytes written as groups of eight 0s and 1s.
    case binary
    case rot13
    /// Letters shifted by anything but 13 places, the shift read from the letters' frequencies.
    case caesar
    case url
    /// Invisible characters of the Unicode tag block (U+E0020…U+E007E), each standing for ASCII.
    case unicodeTags = "unicode_tags"
    case reversed
    /// Dots and dashes, letters apart by a space, words by a slash, a bar or a wider gap.
    case morse
    /// Digits and symbols for letters ("1gn0r3"), read by the tokenizer.
    case leetspeak
    /// Letters spaced, dotted or hyphenated apart ("i g n o r e", "I-G-N-O-R-E").
    case spacedLetters = "spaced_letters"
    /// Cyrillic or Greek look-alikes inside Latin words.
    case homoglyphs

    package static func < (lhs: TextDecoding, rhs: TextDecoding) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Moves letters within the alphabet: applying another such decoding after it finds nothing new.
    var shiftsLetters: Bool { self == .rot13 || self == .caesar }
}
