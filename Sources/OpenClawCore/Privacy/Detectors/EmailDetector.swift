extension ScanBuffer {
    /// `local@domain.tld` around the `@` at `at`: at least two domain labels, the last 2–24 letters.
    /// The local part is read backwards (at most 64 bytes, never below `lowest`).
    func email(at: Int, lowest: Int) -> Range<Int>? {
        var start = at
        let limit = Swift.max(lowest, at - 64)
        while start > limit, ASCIIByte.isEmailLocal(self[start - 1]) { start -= 1 }
        while start < at, self[start] == UInt8(ascii: ".") { start += 1 }
        guard start < at else { return nil }

        let cap = Swift.min(end, at + 1 + 253)
        var p = at + 1
        var labels = 0
        var lastLabelIsTLD = false
        while true {
            let labelStart = p
            var letters = true
            while p < cap, ASCIIByte.isWord(self[p]) || self[p] == UInt8(ascii: "-") {
                if !ASCIIByte.isAlpha(self[p]) { letters = false }
                p += 1
            }
            let length = p - labelStart
            guard length > 0, length <= 63, self[labelStart] != UInt8(ascii: "-"), self[p - 1] != UInt8(ascii: "-") else {
                return nil
            }
            labels += 1
            lastLabelIsTLD = letters && length >= 2 && length <= 24
            if p < cap, self[p] == UInt8(ascii: "."), ASCIIByte.isWord(self[p + 1]) {
                p += 1
                continue
            }
            break
        }
        guard p < cap || p == end, labels >= 2, lastLabelIsTLD, self[p] != UInt8(ascii: "@") else { return nil }
        return start..<p
    }
}
