/// Bytes written as 0s and 1s ("01001001 01100111"), eight to a byte, spaces between bytes allowed.
enum BinaryText {
    /// At least this many bits: eight characters.
    static let minimumBits = 64

    static func decodedTexts(in text: String) -> [String] {
        var texts: [String] = []
        var bits: [UInt8] = []
        func flush() {
            if bits.count >= minimumBits, bits.count % 8 == 0 {
                let bytes = stride(from: 0, to: bits.count, by: 8).map { start in
                    bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | $1 }
                }
                if let decoded = String(validating: bytes, as: UTF8.self) { texts.append(decoded) }
            }
            bits.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0"), UInt8(ascii: "1"): bits.append(byte - UInt8(ascii: "0"))
            case UInt8(ascii: " ") where bits.count % 8 == 0: continue
            default: flush()
            }
        }
        flush()
        return texts
    }
}
