/// Runs of Base32 (RFC 4648: capitals and digits 2–7, or the same in lower case, `=` padding)
/// long enough to carry a sentence, decoded as UTF-8.
enum Base32Text {
    static let minimumLength = EncodedBlob.minimumLength

    static func decodedTexts(in text: String) -> [String] {
        var texts: [String] = []
        var run: [UInt8] = []
        func flush() {
            if run.count >= minimumLength, let decoded = decoded(run) { texts.append(decoded) }
            run.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if value(of: byte) != nil || (byte == UInt8(ascii: "=") && !run.isEmpty) {
                run.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return texts
    }

    /// The UTF-8 text `run` spells, or nil when it mixes cases, has padding inside or is not UTF-8.
    private static func decoded(_ run: [UInt8]) -> String? {
        let symbols = run.prefix { $0 != UInt8(ascii: "=") }
        guard run.dropFirst(symbols.count).allSatisfy({ $0 == UInt8(ascii: "=") }) else { return nil }
        let upper = symbols.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        let lower = symbols.contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        guard upper != lower else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(symbols.count * 5 / 8)
        var buffer: UInt32 = 0
        var bits = 0
        for symbol in symbols {
            guard let value = value(of: symbol) else { return nil }
            buffer = (buffer << 5 | UInt32(value)) & 0xFFFF
            bits += 5
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func value(of byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a")
        case UInt8(ascii: "2")...UInt8(ascii: "7"): byte - UInt8(ascii: "2") + 26
        default: nil
        }
    }
}
