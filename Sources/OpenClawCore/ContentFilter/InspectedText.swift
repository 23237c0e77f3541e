/// One message read once for all the built-in rules: the original (for encoded blobs, whose case
/// matters), the folded text (for template tokens and header lines), its words and their cues.
struct InspectedText {
    let original: String
    let folded: String
    let words: [WordToken]
    let cues: CueHits
    /// The folded text's lines, without leading and trailing spaces.
    let lines: [Substring]
    /// The disguises the tokenizer undid (leetspeak, spaced-out letters, look-alike letters).
    let disguises: [TextDecoding]
    /// Forwarded or quoted from someone else: all of it is a document, none of it the user's request.
    let isUntrusted: Bool

    init(_ original: String, lexicon: CueLexicon, isUntrusted: Bool = false) {
        self.original = original
        self.isUntrusted = isUntrusted
        self.folded = FoldedText(original).text
        var disguises = Set<TextDecoding>()
        self.words = WordTokenizer.words(in: folded, disguises: &disguises)
        self.disguises = disguises.sorted()
        self.cues = lexicon.hits(in: words)
        self.lines = folded.split(separator: "\n", omittingEmptySubsequences: false).map(Self.trimmed)
    }

    private static func trimmed(_ line: Substring) -> Substring {
        var start = line.startIndex
        var end = line.endIndex
        while start < end, line[start] == " " { start = line.index(after: start) }
        while end > start, line[line.index(before: end)] == " " { end = line.index(before: end) }
        return line[start..<end]
    }
}
