extension ScanBuffer {
    /// The token after `Bearer ` (any case) at `i`: 8+ characters of `[A-Za-z0-9._~+/=-]` holding a
    /// digit or symbol, or 20+ letters, so prose such as "bearer authentication" is left alone.
    func bearerToken(at i: Int) -> Range<Int>? {
        guard hasIgnoringCase("bearer", at: i), self[i + 6] == UInt8(ascii: " ") || self[i + 6] == UInt8(ascii: "\t") else { return nil }
        let start = run(from: i + 6, limit: 8) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        var lettersOnly = true
        let end = run(from: start) { b in
            guard ASCIIByte.isBearerToken(b) else { return false }
            if !ASCIIByte.isAlpha(b) { lettersOnly = false }
            return true
        }
        let length = end - start
        guard length >= 8, !lettersOnly || length >= 20 else { return nil }
        return start..<end
    }
}

extension ASCIIByte {
    /// RFC 6750 `b64token`: `[A-Za-z0-9._~+/=-]`.
    @inline(__always) static func isBearerToken(_ b: UInt8) -> Bool {
        isToken(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "~") || b == UInt8(ascii: "+") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
    }
}
