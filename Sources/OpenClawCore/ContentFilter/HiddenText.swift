#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds text a message hides in an encoding (base64, hex, URL escapes, Unicode tag characters,
/// ROT13, reversed) and decodes it, keeping only what reads as text, so the rules can read it too.
/// Leetspeak, spaced-out letters and look-alike letters are undone by `WordTokenizer` instead.
enum HiddenText {
    /// Everything decoded from `original`, in `TextDecoding` order.
    static func decoded(in original: String) -> [DecodedText] {
        let marks = Marks(original)
        var found: [DecodedText] = []
        if marks.longestBase64Run >= EncodedBlob.minimumLength {
            for text in EncodedBlob.decodedTexts(in: original) where looksLikeText(text) {
                found.append(DecodedText(decoding: .base64, text: text))
            }
        }
        if marks.longestHexRun >= 16 {
            for text in hexTexts(in: original) where looksLikeText(text) {
                found.append(DecodedText(decoding: .hex, text: text))
            }
        }
        let shares = CommonWords.shares(in: original)
        if shares.words >= 3, shares.plain < 0.15 {
            if shares.rot13 >= 0.3 { found.append(DecodedText(decoding: .rot13, text: rot13(original))) }
            if shares.reversed >= 0.3 {
                found.append(DecodedText(decoding: .reversed, text: String(String.UnicodeScalarView(original.unicodeScalars.reversed()))))
            }
        }
        if marks.percentEscapes >= 3, let text = percentDecoded(original), looksLikeText(text) {
            found.append(DecodedText(decoding: .url, text: text))
        }
        if marks.mayHaveTags, let text = tagText(in: original), looksLikeText(text) {
            found.append(DecodedText(decoding: .unicodeTags, text: text))
        }
        return found
    }

    /// What one pass over the bytes tells about which decodings can apply.
    private struct Marks {
        var longestBase64Run = 0
        var longestHexRun = 0
        var percentEscapes = 0
        /// A four-byte UTF-8 sequence starting F3 A0: the tag block's.
        var mayHaveTags = false

        init(_ text: String) {
            var base64Run = 0
            var hexRun = 0
            var previous: UInt8 = 0
            for byte in text.utf8 {
                if EncodedBlob.isBase64(byte) { base64Run += 1 } else { base64Run = 0 }
                if HiddenText.hexValue(byte) != nil { hexRun += 1 } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: ":") { hexRun = 0 }
                if byte == UInt8(ascii: "%") { percentEscapes += 1 }
                if previous == 0xF3, byte == 0xA0 { mayHaveTags = true }
                longestBase64Run = max(longestBase64Run, base64Run)
                longestHexRun = max(longestHexRun, hexRun)
                previous = byte
            }
        }
    }

    /// Mostly letters, spaces and punctuation, with at least one space: a sentence, not bytes.
    static func looksLikeText(_ text: String) -> Bool {
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
        return total >= 8 && spaces >= 1 && readable * 10 >= total * 9
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

    static func rot13(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x41...0x5A: Unicode.Scalar((scalar.value - 0x41 + 13) % 26 + 0x41)!
            case 0x61...0x7A: Unicode.Scalar((scalar.value - 0x61 + 13) % 26 + 0x61)!
            default: scalar
            }
        }))
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
