extension ScanBuffer {
    /// A JSON Web Token at `i`: three base64url segments joined by dots, the first decoding to a
    /// JSON object with an `alg` member. The signature may be empty (`alg: none`).
    func jwt(at i: Int) -> Range<Int>? {
        guard has("eyJ", at: i) else { return nil }
        // The header is checked first and capped, so a failed candidate costs at most 1 KiB.
        let headerEnd = run(from: i, limit: 1025, ASCIIByte.isBase64URL)
        guard headerEnd - i <= 1024, self[headerEnd] == UInt8(ascii: "."), headerDeclaresAlgorithm(i..<headerEnd) else { return nil }
        let payloadEnd = run(from: headerEnd + 1, ASCIIByte.isBase64URL)
        guard payloadEnd > headerEnd + 1, self[payloadEnd] == UInt8(ascii: ".") else { return nil }
        return i..<run(from: payloadEnd + 1, ASCIIByte.isBase64URL)
    }

    private func headerDeclaresAlgorithm(_ range: Range<Int>) -> Bool {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for p in range {
            guard let value = ASCIIByte.base64URLValue(self[p]) else { return false }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                decoded.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        guard decoded.first == UInt8(ascii: "{") else { return false }
        let alg = Array("\"alg\"".utf8)
        guard decoded.count >= alg.count else { return false }
        for start in 0...(decoded.count - alg.count) where decoded[start..<(start + alg.count)].elementsEqual(alg) { return true }
        return false
    }
}

extension ASCIIByte {
    /// `[A-Za-z0-9_-]`, the base64url alphabet.
    @inline(__always) static func isBase64URL(_ b: UInt8) -> Bool { isToken(b) }

    static func base64URLValue(_ b: UInt8) -> UInt8? {
        if isUpper(b) { return b &- 0x41 }
        if isLower(b) { return b &- 0x61 + 26 }
        if isDigit(b) { return b &- 0x30 + 52 }
        if b == UInt8(ascii: "-") { return 62 }
        if b == UInt8(ascii: "_") { return 63 }
        return nil
    }
}
