/// Undoes a Caesar cipher: the shift is the one under which the letters' frequencies best match
/// English, so one pass counts them and one more shifts them, whatever the shift.
enum CaesarShift {
    /// English letter frequencies, a to z, in tenths of a percent.
    private static let english: [Int] = [
        82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1,
    ]

    /// The shift back (1…25) that turns `text`'s letters into the likeliest English, or nil with
    /// fewer than `minimumLetters` letters or when the text reads best unshifted.
    static func likelyShift(of text: String, minimumLetters: Int = 20) -> Int? {
        var counts = [Int](repeating: 0, count: 26)
        var letters = 0
        for byte in text.utf8 {
            guard let index = letterIndex(byte) else { continue }
            counts[index] += 1
            letters += 1
        }
        guard letters >= minimumLetters else { return nil }
        var best = (shift: 0, fit: Int.min)
        for shift in 0..<26 {
            var fit = 0
            for plain in 0..<26 { fit += counts[(plain + 26 - shift) % 26] * english[plain] }
            if fit > best.fit { best = (shift, fit) }
        }
        return best.shift == 0 ? nil : best.shift
    }

    /// `text` with every ASCII letter moved `shift` places on, case kept.
    static func shifted(_ text: String, by shift: Int) -> String {
        let step = UInt8(((shift % 26) + 26) % 26)
        return String(decoding: text.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): (byte - UInt8(ascii: "a") + step) % 26 + UInt8(ascii: "a")
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): (byte - UInt8(ascii: "A") + step) % 26 + UInt8(ascii: "A")
            default: byte
            }
        }, as: UTF8.self)
    }

    private static func letterIndex(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A"))
        default: nil
        }
    }
}
