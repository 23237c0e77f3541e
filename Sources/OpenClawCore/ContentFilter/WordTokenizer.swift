/// Splits folded text into words, undoing the cheap disguises: letters spaced or dotted apart
/// ("i g n o r e", "i.g.n.o.r.e"), digits for letters ("1gn0r3") and Cyrillic or Greek look-alikes
/// inside a Latin word ("ignоre" with a Cyrillic o).
enum WordTokenizer {
    static func words(in folded: String) -> [WordToken] {
        var disguises = Set<TextDecoding>()
        return words(in: folded, disguises: &disguises)
    }

    /// The words, and in `disguises` the disguises that had to be undone to read them.
    static func words(in folded: String, disguises: inout Set<TextDecoding>) -> [WordToken] {
        var tokens: [WordToken] = []
        var word = String.UnicodeScalarView()
        var line = 0
        var gap = 0
        var separator: Unicode.Scalar? = nil
        var quotes = Quotes()
        var quoted: Bool { quotes.isOpen }
        func flush() {
            guard !word.isEmpty else { return }
            tokens.append(WordToken(text: String(word), line: line, gapBefore: gap, separatorBefore: separator, isIdeograph: false, isQuoted: quoted))
            word = String.UnicodeScalarView()
            gap = 0
        }
        let scalars = Array(folded.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if isIdeograph(scalar) {
                flush()
                tokens.append(WordToken(text: String(scalar), line: line, gapBefore: gap, separatorBefore: separator, isIdeograph: true, isQuoted: quoted))
                gap = 0
            } else if isWordScalar(scalar) {
                word.append(scalar)
            } else if isApostrophe(scalar), !word.isEmpty, index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                // "don't" is one word; French and Italian elisions ("l'IA", "un'IA", "qu'on") are two.
                if elisions.contains(String(word)) {
                    flush()
                    gap += 1
                    separator = scalar
                }
                continue
            } else {
                flush()
                quotes.read(scalar)
                if scalar == "\n" {
                    line += 1
                    gap = 0
                    separator = nil
                } else {
                    gap += 1
                    separator = scalar
                }
            }
        }
        flush()
        return joinSpacedLetters(tokens.map { undisguised($0, disguises: &disguises) }, disguises: &disguises)
    }

    /// A phrase as the words a message must contain in a row; empty when it has no letter or digit.
    static func foldedWords(of phrase: String) -> [String] {
        words(in: FoldedText(phrase).text).map(\.text)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "@" || scalar == "$"
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static let elisions: Set<String> = [
        "l", "un", "d", "qu", "c", "j", "n", "s", "m", "t", "dell", "all", "nell", "sull", "dall", "quest", "tutt", "lorsqu", "puisqu",
    ]

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Thai, like Han and kana, puts no space between words: read a character a word.
        case 0x0E01...0x0E5B: true
        case 0..<0x2E80: false
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F, 0xAC00...0xD7A3: true
        default: scalar.properties.isIdeographic
        }
    }

    /// Leetspeak and look-alike letters folded, but only in a word that mixes them with Latin
    /// letters, so numbers and Cyrillic or Greek words stay as they are.
    private static func undisguised(_ token: WordToken, disguises: inout Set<TextDecoding>) -> WordToken {
        guard !token.isIdeograph else { return token }
        let scalars = token.text.unicodeScalars
        guard !scalars.allSatisfy({ ("a"..."z").contains($0) }),
              scalars.contains(where: { ("a"..."z").contains($0) }),
              scalars.contains(where: { leet[$0] != nil || lookAlikes[$0] != nil })
        else { return token }
        if scalars.contains(where: { leet[$0] != nil }) { disguises.insert(.leetspeak) }
        if scalars.contains(where: { lookAlikes[$0] != nil }) { disguises.insert(.homoglyphs) }
        var copy = token
        copy.text = String(String.UnicodeScalarView(scalars.map { leet[$0] ?? lookAlikes[$0] ?? $0 }))
        return copy
    }

    private static let leet: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
    ]

    private static let lookAlikes: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ѕ": "s", "ј": "j", "к": "k",
        "м": "m", "т": "t", "н": "h", "в": "b", "α": "a", "ε": "e", "ι": "i", "ο": "o", "ρ": "p", "υ": "u", "ν": "v",
    ]

    /// Three or more one-letter words on a line, one and the same separator apart, are one word
    /// spelt out; two or more separators, or another separator, end the word ("i g n o r e  a l l"
    /// and "i-g-n-o-r-e a-l-l" are "ignore", "all").
    private static func joinSpacedLetters(_ tokens: [WordToken], disguises: inout Set<TextDecoding>) -> [WordToken] {
        var joined: [WordToken] = []
        joined.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            var end = index + 1
            if isSingleLetter(tokens[index]), index + 1 < tokens.count {
                let separator = tokens[index + 1].separatorBefore
                while end < tokens.count, isSingleLetter(tokens[end]), tokens[end].line == tokens[index].line, tokens[end].gapBefore == 1,
                      tokens[end].separatorBefore == separator {
                    end += 1
                }
            }
            if end - index >= 3 {
                disguises.insert(.spacedLetters)
                var word = tokens[index]
                word.text = tokens[index..<end].map(\.text).joined()
                joined.append(word)
            } else {
                joined.append(contentsOf: tokens[index..<end])
            }
            index = end
        }
        return joined
    }

    private static func isSingleLetter(_ token: WordToken) -> Bool {
        !token.isIdeograph && token.text.unicodeScalars.count == 1 && token.text.unicodeScalars.first!.properties.isAlphabetic
    }
}
