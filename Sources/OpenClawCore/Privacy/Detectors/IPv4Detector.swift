extension ScanBuffer {
    /// A dotted-quad IPv4 address at `i`, each octet at most 255. `1.2.3` (a version) has too few
    /// parts and `1.2.3.4.5` too many; a port after `:` is left alone.
    func ipv4(at i: Int) -> Range<Int>? {
        var p = i
        for octet in 0..<4 {
            if octet > 0 {
                guard self[p] == UInt8(ascii: ".") else { return nil }
                p += 1
            }
            let end = digits(from: p, limit: 4)
            guard end > p, end - p <= 3 else { return nil }
            var value = 0
            for q in p..<end { value = value * 10 + Int(self[q] &- 0x30) }
            guard value <= 255 else { return nil }
            p = end
        }
        return numberEnds(at: p) ? i..<p : nil
    }
}
