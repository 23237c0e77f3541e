extension ScanBuffer {
    /// A US Social Security number `AAA-GG-SSSS` (or with spaces or dots, the same delimiter twice),
    /// with Presidio's exclusions: area 000, 666 or 9xx, group 00, serial 0000, one digit repeated,
    /// and the well-known sample numbers.
    func usSSN(at i: Int) -> Range<Int>? {
        let separator = self[i + 3]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: " ") || separator == UInt8(ascii: "."),
              digits(from: i, limit: 4) == i + 3, digits(from: i + 4, limit: 3) == i + 6,
              self[i + 6] == separator, digits(from: i + 7, limit: 5) == i + 11, numberEnds(at: i + 11)
        else { return nil }
        var value: [UInt8] = []
        value.reserveCapacity(9)
        for p in [i, i + 1, i + 2, i + 4, i + 5, i + 7, i + 8, i + 9, i + 10] { value.append(self[p] &- 0x30) }
        if value.allSatisfy({ $0 == value[0] }) { return nil }
        let area = Int(value[0]) * 100 + Int(value[1]) * 10 + Int(value[2])
        if area == 0 || area == 666 || area >= 900 { return nil }
        if value[3] == 0 && value[4] == 0 { return nil }
        if value[5...].allSatisfy({ $0 == 0 }) { return nil }
        if value == [1, 2, 3, 4, 5, 6, 7, 8, 9] || value == [0, 7, 8, 0, 5, 1, 1, 2, 0] { return nil }
        return i..<(i + 11)
    }
}
