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

    /// Where an IPv6 address starts that ends in `::` right at `i`, once what starts at `i` is
    /// replaced: `2001:db8::` before `0.2.2.38:…`, which is no address with the quad and its colon
    /// after it, reads as one before `[IP]` (fuzz finding 26). The earliest start a scan would try
    /// (`scanTriesIPv6`), back to the scan's floor or the last match, and at most 40 bytes.
    func ipv6Start(endingAt i: Int, lastHitEnd: Int) -> Int? {
        let low = Swift.max(floor, lastHitEnd)
        guard i - 2 >= low, self[i - 1] == UInt8(ascii: ":"), self[i - 2] == UInt8(ascii: ":") else { return nil }
        var first = i - 2
        while first > Swift.max(low, i - 40), ASCIIByte.isHex(self[first - 1]) || self[first - 1] == UInt8(ascii: ":") { first -= 1 }
        let replaced = ScanBuffer(bytes: UnsafeBufferPointer(rebasing: bytes[..<i]), floor: 0)
        for start in first...(i - 2) {
            if scanTriesIPv6(at: start, lastHitEnd: lastHitEnd), replaced.ipv6(at: start) == start..<i { return start }
        }
        return nil
    }

    /// Whether the scan asks for an address at `p`: a colon after neither `:` nor `.`; a digit
    /// that may start a number and is no group continuing a run (fuzz finding 28: `:8::`, where
    /// `8` follows a colon that ends no group); hex letters after neither a word, `:` nor `.`.
    private func scanTriesIPv6(at p: Int, lastHitEnd: Int) -> Bool {
        let before = p == lastHitEnd ? UInt8(ascii: "]") : self[p - 1]
        if self[p] == UInt8(ascii: ":") { return before != UInt8(ascii: ":") && before != UInt8(ascii: ".") }
        if ASCIIByte.isDigit(self[p]) { return numberMayStart(after: before) && !continuesGroups(before: p, lastHitEnd: lastHitEnd) }
        return !ASCIIByte.isWord(before) && before != UInt8(ascii: ":") && before != UInt8(ascii: ".")
    }
}
