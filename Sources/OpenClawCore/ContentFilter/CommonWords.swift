/// The commonest short English words, and those of injections: enough to tell English from the
/// same text in ROT13 or reversed. Words are packed into integers (up to eight ASCII letters),
/// so a message is read in one pass without building strings.
enum CommonWords {
    static let words = [
        "the", "and", "you", "your", "to", "of", "is", "in", "it", "that", "for", "all", "are", "this", "with", "be",
        "on", "not", "me", "my", "what", "do", "now", "from", "as", "have", "tell", "say", "ignore", "previous",
        "rules", "system", "prompt", "reveal", "show", "print", "forget", "secret", "password", "please", "am", "an",
        "or", "if", "no", "any", "was", "will", "can", "how", "we", "at", "by", "but", "they", "follow", "above",
        "answer", "only", "new", "a", "i",
    ]

    private static let packed = Set(words.map { pack(Array($0.utf8)) })

    /// How many ASCII words `text` has, and the shares of them that are common words as written,
    /// after ROT13, and read backwards.
    struct Shares {
        var words = 0
        var plain = 0.0
        var rot13 = 0.0
        var reversed = 0.0
    }

    static func shares(in text: String) -> Shares {
        var counts = (words: 0, plain: 0, rot13: 0, reversed: 0)
        var forward: UInt64 = 0
        var rotated: UInt64 = 0
        var backward: UInt64 = 0
        var length = 0
        func flush() {
            guard length > 0 else { return }
            counts.words += 1
            if length <= 8 {
                if packed.contains(forward) { counts.plain += 1 }
                if packed.contains(rotated) { counts.rot13 += 1 }
                if packed.contains(backward) { counts.reversed += 1 }
            }
            forward = 0
            rotated = 0
            backward = 0
            length = 0
        }
        for byte in text.utf8 {
            var letter = byte
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { letter = byte + 0x20 }
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter) else {
                flush()
                continue
            }
            if length < 8 {
                let rot = (letter - UInt8(ascii: "a") + 13) % 26 + UInt8(ascii: "a")
                forward = forward << 8 | UInt64(letter)
                rotated = rotated << 8 | UInt64(rot)
                backward |= UInt64(letter) << (8 * UInt64(length))
            }
            length += 1
        }
        flush()
        guard counts.words > 0 else { return Shares() }
        let total = Double(counts.words)
        return Shares(words: counts.words, plain: Double(counts.plain) / total, rot13: Double(counts.rot13) / total,
                      reversed: Double(counts.reversed) / total)
    }

    private static func pack(_ letters: [UInt8]) -> UInt64 {
        letters.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
