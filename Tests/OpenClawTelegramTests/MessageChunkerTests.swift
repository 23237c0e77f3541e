import OpenClawTelegram
import Testing

@Suite("MessageChunker")
struct MessageChunkerTests {
    /// Removes the separators the chunker may drop, to compare a text with its reassembled chunks.
    func squeezed(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    func expectValid(_ chunks: [String], of text: String, limit: Int) {
        #expect(!chunks.isEmpty)
        for chunk in chunks {
            #expect(!chunk.isEmpty)
            #expect(chunk.utf16.count <= limit)
            // A chunk that cut a surrogate pair would not survive a UTF-16 round trip.
            #expect(String(decoding: Array(chunk.utf16), as: UTF16.self) == chunk)
        }
        #expect(squeezed(chunks.joined()) == squeezed(text))
    }

    /// A limit below 2 used to trap (`textChunkLimit: 1` crashed the first reply); it is read as 2.
    @Test func limitsBelowTwoAreReadAsTwo() {
        let text = "a😀b"
        for limit in [Int.min, -1, 0, 1] {
            let chunks = MessageChunker.chunks(of: text, limit: limit)
            expectValid(chunks, of: text, limit: 2)
            #expect(chunks == ["a", "😀", "b"])
        }
    }

    @Test func shortTextIsOneChunk() {
        #expect(MessageChunker.chunks(of: "hello", limit: 10) == ["hello"])
        #expect(MessageChunker.chunks(of: "", limit: 10) == [])
    }

    @Test func prefersParagraphThenLineThenSpace() {
        let paragraph = MessageChunker.chunks(of: "aaaa bbbb\ncccc\n\ndddd eeee", limit: 16)
        #expect(paragraph == ["aaaa bbbb\ncccc", "dddd eeee"])
        let line = MessageChunker.chunks(of: "aaaa bbbb\ncccc dddd", limit: 16)
        #expect(line == ["aaaa bbbb", "cccc dddd"])
        let space = MessageChunker.chunks(of: "aaaa bbbb cccc dddd", limit: 16)
        #expect(space == ["aaaa bbbb cccc", "dddd"])
    }

    @Test func hardSplitWithoutBreaks() {
        let text = String(repeating: "x", count: 25)
        #expect(MessageChunker.chunks(of: text, limit: 10).map(\.count) == [10, 10, 5])
    }

    @Test func neverSplitsASurrogatePair() {
        // "a" then emoji: an odd limit would land inside a pair if units were counted blindly.
        let text = "a" + String(repeating: "😀", count: 10)
        let chunks = MessageChunker.chunks(of: text, limit: 5)
        #expect(chunks.joined() == text)
        #expect(chunks == ["a😀😀", "😀😀", "😀😀", "😀😀", "😀😀"])
        expectValid(chunks, of: text, limit: 5)
    }

    @Test func neverSplitsAZWJSequenceOrFlag() {
        let family = "👩‍👩‍👧‍👦"  // 11 UTF-16 units, one grapheme cluster
        let text = String(repeating: family + "🇺🇦", count: 30)
        let chunks = MessageChunker.chunks(of: text, limit: 16)
        #expect(chunks.joined() == text)
        for chunk in chunks {
            #expect(chunk.utf16.count <= 16)
            #expect(chunk.allSatisfy { $0 == Character(family) || $0 == "🇺🇦" })
        }
    }

    @Test func fiveThousandMixedCharacters() {
        let pieces = ["word", "😀", "👩‍👩‍👧‍👦", "🇯🇵", "é", "中文", " ", "\n", "\n\n", "x"]
        var generator = SeededGenerator(seed: 42)
        var text = ""
        while text.count < 5000 { text += pieces.randomElement(using: &generator)! }
        let chunks = MessageChunker.chunks(of: text, limit: 4000)
        #expect(chunks.count >= 2)
        expectValid(chunks, of: text, limit: 4000)
        // Small limits exercise every fallback path on the same text.
        for limit in [11, 64, 333] {
            expectValid(MessageChunker.chunks(of: text, limit: limit), of: text, limit: limit)
        }
    }

    @Test func oversizedGraphemeIsSplitBetweenScalars() {
        let zalgo = "e" + String(repeating: "\u{0301}", count: 50)  // one Character, 51 units
        let chunks = MessageChunker.chunks(of: "ab " + zalgo, limit: 20)
        for chunk in chunks { #expect(chunk.utf16.count <= 20) }
        #expect(chunks.joined(separator: "").unicodeScalars.count == ("ab" + zalgo).unicodeScalars.count)
    }

    @Test func largeTextIsFast() {
        let text = String(repeating: "lorem ipsum dolor sit amet 😀 ", count: 4000)  // ~120k characters
        let start = ContinuousClock.now
        let chunks = MessageChunker.chunks(of: text)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(chunks.allSatisfy { $0.utf16.count <= 4000 })
        #expect(chunks.dropLast().allSatisfy { $0.utf16.count > 2000 })
    }
}

/// SplitMix64, so the mixed text is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
