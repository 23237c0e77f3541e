/// The operator's own words and regular expressions. A hit puts a message over the threshold
/// by itself; its rule id never contains the word, only `blocklist.word` or `blocklist.pattern[i]`.
struct OperatorBlocklist: Sendable {
    /// Each word or phrase as folded words, matched as a whole run of the message's words.
    private let phrases: [[String]]
    private let patterns: [CompiledPattern]

    init(words: [String], patterns: [String]) throws(ContentFilterError) {
        var phrases: [[String]] = []
        for (index, word) in words.enumerated() {
            let folded = WordTokenizer.foldedWords(of: word)
            guard !folded.isEmpty else {
                throw ContentFilterError(.emptyWord, "blockWords[\(index)] has no letter or digit")
            }
            phrases.append(folded)
        }
        var compiled: [CompiledPattern] = []
        for (index, pattern) in patterns.enumerated() {
            guard let regex = CompiledPattern(pattern) else {
                throw ContentFilterError(.invalidPattern, "blockPatterns[\(index)] is not a valid regular expression")
            }
            compiled.append(regex)
        }
        self.phrases = phrases
        self.patterns = compiled
    }

    /// Whether any word or phrase occurs as whole words of the message.
    func hasWord(in words: [WordToken]) -> Bool {
        guard !phrases.isEmpty else { return false }
        return words.indices.contains { start in
            phrases.contains { phrase in
                start + phrase.count <= words.count && zip(phrase, words[start...]).allSatisfy { $0 == $1.text }
            }
        }
    }

    /// The indexes of the patterns that match `original` once invisible characters are removed
    /// and fullwidth letters folded (case is kept).
    func matchingPatterns(in original: String) -> [Int] {
        guard !patterns.isEmpty else { return [] }
        let visible = Self.visible(original)
        return patterns.indices.filter { patterns[$0].matches(visible) }
    }

    private static func visible(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !FoldedText.isInvisible(scalar) {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(ascii)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
