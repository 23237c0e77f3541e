#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds text a message hides in an encoding (base64, Base32, hex, binary, URL escapes, Unicode tag
/// characters, ROT13 and other Caesar shifts, reversed, Morse) and decodes it, keeping only what
/// reads as text, so the rules can read it too. Encodings nested up to `maximumDepth` deep are
/// undone in turn. Leetspeak, spaced-out letters and look-alike letters are undone by
/// `WordTokenizer` instead.
enum HiddenText {
    /// Base64 of hex of ROT13 is found; a fourth layer is not looked for.
    static let maximumDepth = 3
    /// At most this many decoded texts per message, however its encodings nest.
    static let maximumTexts = 16

    /// Everything decoded from `original` that reads as text, each with its chain of decodings:
    /// outer layers first, one layer deep before two.
    static func decoded(in original: String) -> [DecodedText] {
        var found: [DecodedText] = []
        var layer = [DecodedText(decodings: [], text: original)]
        var decodedCount = 0
        for _ in 0..<maximumDepth where !layer.isEmpty {
            var next: [DecodedText] = []
            for outer in layer where decodedCount < maximumTexts {
                for inner in decodedOnce(outer.text, after: outer.decodings.last) where decodedCount < maximumTexts {
                    decodedCount += 1
                    let chained = DecodedText(decodings: outer.decodings + [inner.decoding], text: inner.text)
                    if inner.isText { found.append(chained) }
                    next.append(chained)
                }
            }
            layer = next
        }
        return found
    }

    /// One layer decoded: the text, and whether it reads as a sentence (else it may be another
    /// encoding, which the next layer decodes).
    private struct Layer {
        var decoding: TextDecoding
        var text: String
        var isText: Bool
    }

    /// What `text` decodes to under each encoding it shows the marks of, in `TextDecoding` order;
    /// `previous` is the decoding that produced `text`, which is not applied again.
    private static func decodedOnce(_ text: String, after previous: TextDecoding?) -> [Layer] {
        let marks = Marks(text)
        var found: [Layer] = []
        func add(_ decoding: TextDecoding, _ candidates: [String]) {
            for candidate in candidates where looksPrintable(candidate) {
                found.append(Layer(decoding: decoding, text: candidate, isText: looksLikeText(candidate)))
            }
        }
        if marks.longestBase64Run >= EncodedBlob.minimumLength {
            add(.base64, EncodedBlob.decodedTexts(in: text))
            add(.base32, Base32Text.decodedTexts(in: text))
        }
        if marks.longestHexRun >= 16 { add(.hex, hexTexts(in: text)) }
        if marks.longestBinaryRun >= BinaryText.minimumBits { add(.binary, BinaryText.decodedTexts(in: text)) }
        let shares = CommonWords.shares(in: text)
        if shares.words >= 3, shares.plain < 0.15 {
            if previous?.shiftsLetters != true {
                if shares.rot13 >= 0.3 {
                    found.append(Layer(decoding: .rot13, text: CaesarShift.shifted(text, by: 13), isText: true))
                } else if let shift = CaesarShift.likelyShift(of: text), shift != 13 {
                    let shifted = CaesarShift.shifted(text, by: shift)
                    if CommonWords.shares(in: shifted).plain >= 0.3 { found.append(Layer(decoding: .caesar, text: shifted, isText: true)) }
                }
            }
            if previous != .reversed, shares.reversed >= 0.3 {
                found.append(Layer(decoding: .reversed, text: String(String.UnicodeScalarView(text.unicodeScalars.reversed())), isText: true))
            }
        }
        if marks.percentEscapes >= 3, let decoded = percentDecoded(text) { add(.url, [decoded]) }
        if marks.mayHaveTags, let decoded = tagText(in: text) { add(.unicodeTags, [decoded]) }
        if marks.longestMorseRun >= 16, let decoded = MorseCode.decoded(in: text), CommonWords.shares(in: decoded).plain >= 0.3 {
            found.append(Layer(decoding: .morse, text: decoded, isText: true))
        }
        return found
    }

    /// What one pass over the bytes tells about which decodings can apply.
    private struct Marks {
        var longestBase64Run = 0
        var longestHexRun = 0
        var longestBinaryRun = 0
        var percentEscapes = 0
        /// Dots and dashes with nothing but spaces, slashes and bars between them.
        var longestMorseRun = 0
        /// A four-byte UTF-8 sequence starting F3 A0: the tag block's.
        var mayHaveTags = false

        init(_ text: String) {
            var base64Run = 0
            var hexRun = 0
            var binaryRun = 0
            var morseRun = 0
            var previous: UInt8 = 0
            for byte in text.utf8 {
                if EncodedBlob.isBase64(byte) { base64Run += 1 } else { base64Run = 0 }
                if HiddenText.hexValue(byte) != nil { hexRun += 1 } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: ":") { hexRun = 0 }
                if byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") { binaryRun += 1 } else if byte != UInt8(ascii: " ") { binaryRun = 0 }
                if byte == UInt8(ascii: "%") { percentEscapes += 1 }
                switch byte {
                // 0xB7 ends "·"; the other dots and dashes ("•", "–", "—", "−") are three bytes, 0xE2 first.
                case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), 0xB7, 0xE2: morseRun += 1
                case UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: "\n"), 0x80...0xBF, 0xC2: break
                default: morseRun = 0
                }
                if previous == 0xF3, byte == 0xA0 { mayHaveTags = true }
                longestBase64Run = max(longestBase64Run, base64Run)
                longestHexRun = max(longestHexRun, hexRun)
                longestBinaryRun = max(longestBinaryRun, binaryRun)
                longestMorseRun = max(longestMorseRun, morseRun)
                previous = byte
            }
        }
    }

    /// Mostly letters, spaces and punctuation, with at least one space: a sentence, not bytes.
    static func looksLikeText(_ text: String) -> Bool {
        readableShare(text, needsSpace: true)
    }

    /// Mostly letters, digits and punctuation: a sentence, or another layer of encoding.
    static func looksPrintable(_ text: String) -> Bool {
        readableShare(text, needsSpace: false)
    }

    private static func readableShare(_ text: String, needsSpace: Bool) -> Bool {
        var total = 0
        var readable = 0
        var spaces = 0
        for scalar in text.unicodeScalars {
            total += 1
            if scalar == " " { spaces += 1 }
            if scalar.properties.isAlphabetic || scalar == " " || scalar == "\n"
                || (scalar.isASCII && scalar.value >= 0x21 && scalar.value < 0x7F) {
                readable += 1
            }
        }
        return total >= 8 && (spaces >= 1 || !needsSpace) && readable * 10 >= total * 9
    }

    /// Runs of at least 16 hex digits (spaces, colons and `\x` between byte pairs allowed), as UTF-8.
    static func hexTexts(in text: String) -> [String] {
        var texts: [String] = []
        var digits: [UInt8] = []
        func flush() {
            if digits.count >= 16, digits.count % 2 == 0,
               let decoded = String(validating: stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }, as: UTF8.self) {
                texts.append(decoded)
            }
            digits.removeAll(keepingCapacity: true)
        }
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let value = hexValue(byte) {
                digits.append(value)
            } else if digits.count % 2 == 0, byte == UInt8(ascii: " ") || byte == UInt8(ascii: ":") {
                // a separator between byte pairs
            } else if digits.count % 2 == 0, byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "x") {
                index += 1
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return texts
    }

    /// The message with `%XX` escapes decoded, when it has at least three of them.
    static func percentDecoded(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escapes = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                out.append(high << 4 | low)
                escapes += 1
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        guard escapes >= 3 else { return nil }
        return String(validating: out, as: UTF8.self)
    }

    /// The ASCII that Unicode tag characters (U+E0020…U+E007E) spell, when there are at least four.
    static func tagText(in text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where (0xE0020...0xE007E).contains(scalar.value) {
            scalars.append(Unicode.Scalar(scalar.value - 0xE0000)!)
        }
        return scalars.count >= 4 ? String(scalars) : nil
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
