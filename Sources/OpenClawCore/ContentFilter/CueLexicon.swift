/// Phrases and the cues they stand for, looked up word by word, so a message is read into cues in
/// one pass whatever the number of phrases.
struct CueLexicon: Sendable {
    private struct Phrase: Sendable {
        var rest: [String]
        var cue: Cue
    }

    /// Phrases by their first word.
    private let phrases: [String: [Phrase]]

    /// `vocabulary` phrases are folded and split like messages, so they may be written naturally.
    init(_ vocabulary: [Cue: [String]]) {
        var phrases: [String: [Phrase]] = [:]
        for (cue, texts) in vocabulary {
            for text in texts {
                let words = WordTokenizer.foldedWords(of: text)
                guard let first = words.first else { continue }
                phrases[first, default: []].append(Phrase(rest: Array(words.dropFirst()), cue: cue))
            }
        }
        self.phrases = phrases
    }

    func hits(in words: [WordToken]) -> CueHits {
        var hits = CueHits()
        for start in words.indices {
            guard let candidates = phrases[words[start].text] else { continue }
            for phrase in candidates where matches(phrase.rest, in: words, after: start) {
                hits.add(phrase.cue, start..<(start + 1 + phrase.rest.count))
            }
        }
        return hits
    }

    private func matches(_ rest: [String], in words: [WordToken], after start: Int) -> Bool {
        guard start + rest.count < words.count else { return false }
        for (offset, word) in rest.enumerated() where words[start + 1 + offset].text != word {
            return false
        }
        return true
    }
}
