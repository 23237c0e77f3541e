/// A message as the rules read it: lower case, accents and fullwidth forms folded to plain letters,
/// invisible characters removed, every kind of space a plain space, line breaks kept. Runs of spaces
/// stay as they are: two spaces between spelt-out letters mark the end of a word (`WordTokenizer`).
///
/// Folding is per scalar (no normalisation tables beyond Latin-1 and Latin Extended-A), so it runs
/// in one pass and needs no ICU.
struct FoldedText {
    let text: String

    init(_ original: String) {
        var folded = String.UnicodeScalarView()
        folded.reserveCapacity(original.utf8.count)
        for scalar in original.unicodeScalars {
            guard let kept = Self.foldedSpacing(scalar) else { continue }
            Self.appendLowercased(kept, to: &folded)
        }
        text = String(folded)
    }

    /// Nil for a scalar that is dropped; `" "` for any horizontal space; fullwidth ASCII as ASCII.
    private static func foldedSpacing(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x0A: return scalar
        case 0x0D, 0x2028, 0x2029: return "\n"
        case 0x09, 0x20, 0xA0, 0x3000: return " "
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)
        case _ where isInvisible(scalar): return nil
        case 0..<0x80: return scalar
        default:
            if scalar.properties.isWhitespace { return " " }
            return scalar.properties.generalCategory == .nonspacingMark ? nil : scalar
        }
    }

    /// Zero-width and formatting characters used to split a word so it is not recognised.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B...0x200F, 0x202A...0x202E,
             0x2060...0x2064, 0x2066...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0:
            true
        default:
            false
        }
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to folded: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            folded.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(value + 0x20)! : scalar)
        } else if (0xC0..<0x180).contains(value), let plain = latinBase[Int(value - 0xC0)] {
            folded.append(plain)
        } else if scalar.properties.changesWhenLowercased {
            folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            // Han, kana, Thai…: no case, so no mapping string to build for each character.
            folded.append(scalar)
        }
    }

    /// U+00C0…U+017F to the plain lower-case letter they are built on; `_` where there is none (ß, ×, æ…).
    private static let latinBase: [Unicode.Scalar?] = Array(
        "aaaaaa_ceeeeiiiidnooooo_ouuuuyt_aaaaaa_ceeeeiiiidnooooo_ouuuuyty"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkk_llllll_"
            + "_llnnnnnn___oooooo__rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz_"
    ).map { $0 == "_" ? nil : $0.unicodeScalars.first }
}
