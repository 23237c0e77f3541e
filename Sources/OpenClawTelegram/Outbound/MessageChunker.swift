/// Splits long text into messages Telegram accepts, counting UTF-16 code units as Telegram does.
package enum MessageChunker {
    /// Chunks of at most `limit` UTF-16 units each, split preferably at a paragraph break, then a
    /// line break, then whitespace, else between grapheme clusters. The separator at a split is
    /// dropped; concatenating the chunks with it restores the text. No chunk is empty.
    /// A `limit` below 2 is read as 2, the least that holds a surrogate pair.
    package static func chunks(of text: String, limit: Int = 4000) -> [String] {
        let limit = max(limit, 2)
        if text.utf16.count <= limit { return text.isEmpty ? [] : [text] }

        let characters = Array(text)
        let widths = characters.map { $0.utf16.count }
        var chunks: [String] = []
        var start = 0
        while start < characters.count {
            let cut = nextCut(characters, widths, from: start, limit: limit)
            if cut.end > start {
                chunks.append(String(characters[start..<cut.end]))
            }
            if let oversized = cut.oversized {
                chunks.append(contentsOf: splitScalars(of: oversized, limit: limit))
            }
            start = cut.resume
        }
        return chunks
    }

    private struct Cut {
        /// The chunk is `characters[start..<end]`.
        var end: Int
        /// Where the next chunk starts (after the dropped separator).
        var resume: Int
        /// A single grapheme cluster longer than the limit, to be split by scalars.
        var oversized: Character?
    }

    private static func nextCut(_ characters: [Character], _ widths: [Int], from start: Int, limit: Int) -> Cut {
        var used = 0
        var index = start
        var paragraph: Int?, line: Int?, space: Int?
        let half = limit / 2
        // Scan as far as the limit allows, remembering the last break of each kind that lies
        // in the window's second half (so chunks stay large and the scan stays linear).
        while index < characters.count, used + widths[index] <= limit {
            let character = characters[index]
            if character.isNewline {
                if index > start, characters[index - 1].isNewline, used - widths[index - 1] >= half {
                    paragraph = index - 1
                }
                if used >= half { line = index }
            } else if character.isWhitespace, used >= half {
                space = index
            }
            used += widths[index]
            index += 1
        }
        if index == characters.count {
            return Cut(end: index, resume: index)
        }
        if index == start {
            // One grapheme cluster wider than the limit (thousands of combining marks).
            return Cut(end: start, resume: start + 1, oversized: characters[start])
        }
        if let paragraph, paragraph > start { return Cut(end: paragraph, resume: paragraph + 2) }
        if let line, line > start { return Cut(end: line, resume: line + 1) }
        if let space, space > start { return Cut(end: space, resume: space + 1) }
        // No break in the second half: take the last one anywhere, else cut between clusters.
        if let last = (start + 1..<index).last(where: { characters[$0].isWhitespace }) {
            return Cut(end: last, resume: last + 1)
        }
        return Cut(end: index, resume: index)
    }

    /// Last resort for a lone oversized cluster: cut between Unicode scalars, never inside a
    /// surrogate pair, so every chunk is still valid UTF-16.
    private static func splitScalars(of character: Character, limit: Int) -> [String] {
        var chunks: [String] = []
        var current = String.UnicodeScalarView()
        var used = 0
        for scalar in character.unicodeScalars {
            let width = scalar.utf16.count
            if used + width > limit {
                chunks.append(String(current))
                current = String.UnicodeScalarView()
                used = 0
            }
            current.append(scalar)
            used += width
        }
        if !current.isEmpty { chunks.append(String(current)) }
        return chunks
    }
}
