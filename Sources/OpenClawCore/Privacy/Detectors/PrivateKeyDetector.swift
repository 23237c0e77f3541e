extension ScanBuffer {
    /// A PEM private-key block at `i`, from `-----BEGIN … PRIVATE KEY-----` over the base64 body
    /// (also with `\n` escapes, as in JSON logs) to the matching `-----END … PRIVATE KEY-----`.
    /// Without an END the body is still taken, up to the first byte a body cannot hold; `open`
    /// says the body ran to the end of the buffer, so a stream must keep swallowing.
    func privateKey(at i: Int) -> (range: Range<Int>, open: Bool)? {
        guard has("-----BEGIN ", at: i), let headerEnd = privateKeyMarkerEnd(labelAt: i + 11) else { return nil }
        let body = privateKeyBody(from: headerEnd)
        return (i..<body.end, body.open)
    }

    /// Where a key body starting at `p` ends (after its END marker, if any).
    func privateKeyBody(from p: Int) -> (end: Int, open: Bool) {
        var p = p
        while p < end {
            let c = self[p]
            if c == UInt8(ascii: "-"), has("-----", at: p) {
                guard has("-----END ", at: p), let markerEnd = privateKeyMarkerEnd(labelAt: p + 9) else { return (p, false) }
                return (markerEnd, false)
            }
            guard ASCIIByte.isKeyBody(c) else { return (p, false) }
            p += 1
        }
        return (p, true)
    }

    /// Whether the key in `range` ends with its END marker, not where its body stopped.
    func endsWithKeyMarker(_ range: Range<Int>) -> Bool {
        let last = range.upperBound
        guard has("-----", at: last - 5) else { return false }
        for p in stride(from: last - 16, through: Swift.max(range.lowerBound, last - 62), by: -1) where has("-----END ", at: p) {
            return privateKeyMarkerEnd(labelAt: p + 9) == last
        }
        return false
    }

    /// The end of `RSA PRIVATE KEY-----` (any label holding `PRIVATE KEY`) starting at `p`.
    private func privateKeyMarkerEnd(labelAt p: Int) -> Int? {
        let labelEnd = run(from: p, limit: 48) { ASCIIByte.isUpper($0) || ASCIIByte.isDigit($0) || $0 == UInt8(ascii: " ") }
        guard has("-----", at: labelEnd), labelEnd - p >= 11 else { return nil }
        for q in p...(labelEnd - 11) where has("PRIVATE KEY", at: q) { return labelEnd + 5 }
        return nil
    }
}

extension ASCIIByte {
    /// Base64, line breaks (raw or `\n`-escaped) and the `Proc-Type: 4,ENCRYPTED` header bytes.
    @inline(__always) static func isKeyBody(_ b: UInt8) -> Bool {
        if isWord(b) { return true }
        switch b {
        case UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"),
             UInt8(ascii: " "), UInt8(ascii: "\\"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
