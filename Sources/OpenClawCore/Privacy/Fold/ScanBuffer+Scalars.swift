extension ScanBuffer {
    /// The scalar whose UTF-8 encoding starts at `p` and its length in bytes; nil for ASCII, a
    /// continuation byte or an invalid sequence.
    func scalar(at p: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard let (length, bits) = ASCIIByte.utf8Lead(self[p]) else { return nil }
        var value = bits
        for k in 1..<length {
            let next = self[p + k]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let shortest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= shortest, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The character that ends right before `p` as a view reads it, and where it starts: its ASCII
    /// fold, or 0x80 for one the view keeps as it is. Invisible characters are passed over (a few at
    /// most), and the end of the last match (`lastHitEnd`) reads as its replacement's `]`.
    func foldedCharacter(before p: Int, lastHitEnd: Int) -> (byte: UInt8, start: Int) {
        var q = p
        for _ in 0..<8 {
            if q == lastHitEnd { return (UInt8(ascii: "]"), q) }
            let last = self[q - 1]
            if last < 0x80 { return (last, q - 1) }
            var lead = q - 1
            while lead > q - 4, self[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard let (scalar, length) = scalar(at: lead), lead + length == q else { return (0x80, q - 1) }
            switch FoldedScalar(scalar) {
            case .same: return (0x80, lead)
            case .ascii(let byte): return (byte, lead)
            case .skipped: q = lead
            }
        }
        return (0x80, q)
    }

    /// `%XX` at `p` (and `%25XX`, encoded twice): the byte and how many input bytes it took.
    func percentEncodedByte(at p: Int) -> (byte: UInt8, length: Int)? {
        guard self[p] == UInt8(ascii: "%"), let byte = ASCIIByte.hexPair(self[p + 1], self[p + 2]) else { return nil }
        if byte == UInt8(ascii: "%"), let twice = ASCIIByte.hexPair(self[p + 3], self[p + 4]) { return (twice, 5) }
        return (byte, 3)
    }

    /// A character written as percent-encoded UTF-8 (`%EF%BC%A0`) at `p`, and the input bytes it took.
    func percentEncodedScalar(at p: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard let (lead, first) = percentEncodedByte(at: p), let (count, bits) = ASCIIByte.utf8Lead(lead) else { return nil }
        var value = bits
        var q = p + first
        for _ in 1..<count {
            guard let (next, length) = percentEncodedByte(at: q), next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
            q += length
        }
        guard let scalar = Unicode.Scalar(value), value >= 0x80 else { return nil }
        return (scalar, q - p)
    }

    /// A JSON `\uXXXX` escape at `p` (a surrogate pair as one character), and the input bytes it took.
    func jsonEscapedScalar(at p: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard let high = jsonEscapeUnit(at: p) else { return nil }
        if (0xD800..<0xDC00).contains(high), let low = jsonEscapeUnit(at: p + 6), (0xDC00..<0xE000).contains(low) {
            return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00)).map { ($0, 12) }
        }
        return Unicode.Scalar(high).map { ($0, 6) }
    }

    private func jsonEscapeUnit(at p: Int) -> UInt32? {
        guard self[p] == UInt8(ascii: "\\"), self[p + 1] == UInt8(ascii: "u"),
              let high = ASCIIByte.hexPair(self[p + 2], self[p + 3]), let low = ASCIIByte.hexPair(self[p + 4], self[p + 5])
        else { return nil }
        return UInt32(high) << 8 | UInt32(low)
    }
}

extension ASCIIByte {
    /// For the first byte of a UTF-8 sequence (2 to 4 bytes): its length and the value bits it carries.
    @inline(__always) static func utf8Lead(_ b: UInt8) -> (length: Int, bits: UInt32)? {
        switch b {
        case 0xC2...0xDF: (2, UInt32(b & 0x1F))
        case 0xE0...0xEF: (3, UInt32(b & 0x0F))
        case 0xF0...0xF4: (4, UInt32(b & 0x07))
        default: nil
        }
    }

    @inline(__always) static func hexValue(_ b: UInt8) -> UInt8? {
        if isDigit(b) { return b &- 0x30 }
        let lower = b | 0x20
        return lower &- 0x61 < 6 ? lower &- 0x61 + 10 : nil
    }

    @inline(__always) static func hexPair(_ high: UInt8, _ low: UInt8) -> UInt8? {
        guard let h = hexValue(high), let l = hexValue(low) else { return nil }
        return h << 4 | l
    }
}
