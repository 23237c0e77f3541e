/// One word of a folded message. Han and kana characters are a word each, since those scripts
/// do not separate words with spaces.
struct WordToken: Equatable {
    var text: String
    /// Zero-based line of the message the word starts on.
    var line: Int
    /// Separator characters between this word and the one before it on the same line.
    var gapBefore: Int
    var isIdeograph: Bool
}
