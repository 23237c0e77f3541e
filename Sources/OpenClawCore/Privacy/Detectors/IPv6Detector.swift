extension ScanBuffer {
    /// An IPv6 address at `i`: eight groups of 1–4 hex digits, or fewer with one `::`, optionally
    /// ending in a dotted quad. A MAC address (six groups, no `::`) and a time (three groups) fail
    /// the group count; `Foo::Bar` names fail for want of a digit.
    func ipv6(at i: Int) -> Range<Int>? {
        var p = i
        var groups = 0
        var compressed = false
        var sawDigit = false
        if self[p] == UInt8(ascii: ":") {
            guard self[p + 1] == UInt8(ascii: ":") else { return nil }
            compressed = true
            p += 2
        }
        var end = p
        while groups < 8 {
            let groupEnd = run(from: p, limit: 5, ASCIIByte.isHex)
            let length = groupEnd - p
            if length == 0 { break }
            guard length <= 4 else { return nil }
            if self[groupEnd] == UInt8(ascii: "."), groups <= 6, let quad = ipv4(at: p) {
                groups += 2
                sawDigit = true
                end = quad.upperBound
                break
            }
            for q in p..<groupEnd where ASCIIByte.isDigit(self[q]) { sawDigit = true }
            groups += 1
            end = groupEnd
            guard self[groupEnd] == UInt8(ascii: ":") else { break }
            if self[groupEnd + 1] == UInt8(ascii: ":") {
                guard !compressed else { return nil }
                compressed = true
                p = groupEnd + 2
                end = p
            } else if ASCIIByte.isHex(self[groupEnd + 1]) {
                p = groupEnd + 1
            } else {
                break
            }
        }
        let valid = compressed ? (groups >= 1 && groups <= 7) : groups == 8
        guard valid, sawDigit, !ASCIIByte.isWord(self[end]), self[end] != UInt8(ascii: ":") else { return nil }
        return i..<end
    }
}
