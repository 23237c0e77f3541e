/// What a scalar becomes in the redactor's folded view: compatibility digits and symbols as their
/// ASCII form, every kind of space as a space, zero-width and format characters as nothing.
/// Letters with accents stay as they are: folding is for look-alikes of the bytes detectors read.
enum FoldedScalar: Equatable {
    /// Copied unchanged.
    case same
    /// Dropped from the view (its bytes still belong to the replaced span around it).
    case skipped
    /// Replaced by this ASCII byte.
    case ascii(UInt8)

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            self = .same
        case 0xFF01...0xFF5E:
            self = .ascii(UInt8(value - 0xFEE0))
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            self = .ascii(UInt8(ascii: " "))
        case 0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B...0x200F, 0x202A...0x202E,
             0x2060...0x2064, 0x2066...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0xE0000...0xE007F:
            self = .skipped
        case 0x2010...0x2013, 0x2212, 0xFE58, 0xFE63:
            self = .ascii(UInt8(ascii: "-"))
        case 0xFE6B:
            self = .ascii(UInt8(ascii: "@"))
        case 0x3002, 0xFE52, 0xFF61:
            self = .ascii(UInt8(ascii: "."))
        case 0xFE62, 0x207A, 0x208A:
            self = .ascii(UInt8(ascii: "+"))
        case 0xFE55, 0x2236:
            self = .ascii(UInt8(ascii: ":"))
        case 0x2044, 0x2215:
            self = .ascii(UInt8(ascii: "/"))
        case 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x3040...0x30FF:
            self = .same  // ideographs, Hangul and kana: the bulk of CJK text, never folded
        default:
            if scalar.properties.generalCategory == .decimalNumber, let digit = scalar.properties.numericValue,
               digit >= 0, digit <= 9 {
                self = .ascii(UInt8(ascii: "0") + UInt8(digit))
            } else {
                self = .same
            }
        }
    }

    /// Whether this scalar, met in plain text, is reason to look at its surroundings folded: a
    /// look-alike of a digit, letter or `@`/`+`, a space inside a number, or an invisible character.
    /// Fullwidth punctuation alone (`（`, `：`, `、`) is folded inside a view but opens none, so
    /// ordinary CJK prose costs no extra pass.
    var opensView: Bool {
        switch self {
        case .same: false
        case .skipped: true
        case .ascii(let byte): ASCIIByte.isWord(byte) || byte == UInt8(ascii: "@") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "+")
        }
    }
}
