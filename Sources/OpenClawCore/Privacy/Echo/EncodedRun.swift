/// A run of base64 or hex characters in a text, with what it may decode to. A run's start need
/// not be where its encoding started, so every alignment is decoded.
struct EncodedRun {
    /// Runs shorter than this cannot carry a value of `EchoSearch.minimumLength` characters.
    static let minimumLength = 12

    let range: Range<Int>
    let decodings: [[UInt8]]

    /// The base64 runs (either alphabet) and hex runs (contiguous, or pairs separated by spaces,
    /// colons, commas or dashes, or written `\x41` / `0x41`) of `input`.
    static func runs(in input: ScanBuffer) -> [EncodedRun] {
        var runs: [EncodedRun] = []
        var p = 0
        while p < input.end {
            guard ASCIIByte.isBase64(input[p]) else { p += 1; continue }
            let start = p
            var values: [UInt8] = []
            while let value = ASCIIByte.base64Value(input[p]) { values.append(value); p += 1 }
            while input[p] == UInt8(ascii: "=") { p += 1 }
            if values.count >= minimumLength {
                runs.append(EncodedRun(range: start..<p, decodings: (0..<4).map { base64Decoded(values.dropFirst($0)) }))
            }
        }
        p = 0
        while p < input.end {
            let start = p
            let (digits, end) = hexDigits(in: input, from: p)
            p = end > start ? end : p + 1
            guard digits.count >= minimumLength else { continue }
            runs.append(EncodedRun(range: start..<end, decodings: [hexDecoded(digits[...]), hexDecoded(digits.dropFirst())]))
        }
        return runs
    }

    private static func base64Decoded(_ values: ArraySlice<UInt8>) -> [UInt8] {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(values.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for value in values {
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                decoded.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return decoded
    }

    /// Hex digit values from `p` on, skipping `\x` and `0x` prefixes and single separators between
    /// pairs; and where the run ends.
    private static func hexDigits(in input: ScanBuffer, from start: Int) -> ([UInt8], Int) {
        var digits: [UInt8] = []
        var p = start
        var end = start
        while true {
            let c = input[p]
            let pairBoundary = digits.count % 2 == 0
            if pairBoundary, c == UInt8(ascii: "\\") || c == UInt8(ascii: "0"), input[p + 1] | 0x20 == UInt8(ascii: "x"), ASCIIByte.isHex(input[p + 2]) {
                p += 2
            } else if let value = ASCIIByte.hexValue(c) {
                digits.append(value)
                p += 1
                end = p
            } else if pairBoundary, !digits.isEmpty, c == UInt8(ascii: " ") || c == UInt8(ascii: ":") || c == UInt8(ascii: ",") || c == UInt8(ascii: "-"),
                      ASCIIByte.isHex(input[p + 1]) || input[p + 1] == UInt8(ascii: "\\") {
                p += 1
            } else {
                return (digits, end)
            }
        }
    }

    private static func hexDecoded(_ digits: ArraySlice<UInt8>) -> [UInt8] {
        var decoded: [UInt8] = []
        var index = digits.startIndex
        while index + 1 < digits.endIndex {
            decoded.append(digits[index] << 4 | digits[index + 1])
            index += 2
        }
        return decoded
    }
}

extension ASCIIByte {
    /// `[A-Za-z0-9+/_-]`: both base64 alphabets.
    @inline(__always) static func isBase64(_ b: UInt8) -> Bool { base64Value(b) != nil }

    /// The 6-bit value of a base64 character in either alphabet.
    @inline(__always) static func base64Value(_ b: UInt8) -> UInt8? {
        if b == UInt8(ascii: "+") { return 62 }
        if b == UInt8(ascii: "/") { return 63 }
        return base64URLValue(b)
    }
}
