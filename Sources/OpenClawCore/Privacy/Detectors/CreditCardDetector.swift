extension ScanBuffer {
    /// A payment card number at `i`: 13–19 digits starting 2–6, optionally in groups of 3–6
    /// separated by single spaces, dashes or dots (the same throughout), passing the Luhn check. The longest passing prefix
    /// that ends at a group boundary wins; a run of more than 19 digits is not a card.
    func creditCard(at i: Int) -> Range<Int>? {
        let first = self[i]
        guard first >= UInt8(ascii: "2"), first <= UInt8(ascii: "6") else { return nil }
        var luhn = Luhn()
        var p = i
        var separator: UInt8 = 0
        var best: Int? = nil
        while true {
            let groupStart = p
            while ASCIIByte.isDigit(self[p]) {
                luhn.add(self[p] &- 0x30)
                guard luhn.count <= 19 else { return nil }
                p += 1
            }
            let length = p - groupStart
            let grouped = separator != 0
            if grouped && (length < 3 || length > 6) { break }
            if luhn.count >= 13 && luhn.isValid && (!grouped || numberEnds(at: p) || self[p] == separator) { best = p }
            let next = self[p]
            guard ASCIIByte.isCardSeparator(next) || isFormSpace(p), separator == 0 || next == separator,
                  length >= 3, length <= 6, ASCIIByte.isDigit(self[p + 1]) else { break }
            separator = next
            p += 1
        }
        guard let best, numberEnds(at: best) || self[best] == separator else { return nil }
        return i..<best
    }
}

/// The Luhn checksum, fed left to right without knowing the final length: both parities are kept.
struct Luhn {
    private(set) var count = 0
    private var doublingOdd = 0
    private var doublingEven = 0

    mutating func add(_ digit: UInt8) {
        count += 1
        let plain = Int(digit)
        let doubled = plain * 2 > 9 ? plain * 2 - 9 : plain * 2
        if count % 2 == 1 { doublingOdd += doubled; doublingEven += plain } else { doublingOdd += plain; doublingEven += doubled }
    }

    /// The rightmost digit is never doubled, so which positions double depends on the count.
    var isValid: Bool {
        (count % 2 == 0 ? doublingOdd : doublingEven) % 10 == 0
    }
}

extension ASCIIByte {
    @inline(__always) static func isCardSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
}
