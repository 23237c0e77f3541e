/// One word of a folded message. Han, kana, Hangul and Thai characters are a word each, since
/// those scripts do not separate words with spaces or glue endings to them.
struct WordToken: Equatable {
    var text: String
    /// Zero-based line of the message the word starts on.
    var line: Int
    /// Separator characters between this word and the one before it on the same line.
    var gapBefore: Int
    /// The last separator before the word on its line (" ", "-", "."…), nil at a line's start.
    var separatorBefore: Unicode.Scalar? = nil
    var isIdeograph: Bool
    /// Inside quotation marks ("…", “…”, «…», 「…」, '…', `…`).
    var isQuoted = false
}
