/// An IPv4 or IPv6 address, parsed (never pattern-matched) from its text.
///
/// Held as 16 bytes; an IPv4 address is stored IPv4-mapped (`::ffff:a.b.c.d`), so `::ffff:10.0.0.1`
/// and `10.0.0.1` are the same address and one network type serves both families.
package struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// The 16 bytes in network order.
    package let bytes: [UInt8]

    private static let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    init(bytes: [UInt8]) {
        precondition(bytes.count == 16)
        self.bytes = bytes
    }

    /// Reads `a.b.c.d` (each 0–255, no leading zeros) or IPv6 (one `::` at most, an IPv4 tail
    /// allowed, no zone id); nil for anything else.
    package init?(_ text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        if let v4 = Self.parseIPv4(utf8[...]) {
            self.bytes = Self.mappedPrefix + v4
        } else if let v6 = Self.parseIPv6(utf8) {
            self.bytes = v6
        } else {
            return nil
        }
    }

    package var isIPv4: Bool { Array(bytes.prefix(12)) == Self.mappedPrefix }

    package var isLoopback: Bool {
        isIPv4 ? bytes[12] == 127 : bytes == [UInt8](repeating: 0, count: 15) + [1]
    }

    /// Dotted quad for IPv4; RFC 5952 text for IPv6 (lowercase, the longest zero run as `::`).
    package var description: String {
        if isIPv4 { return bytes[12...].map(String.init).joined(separator: ".") }
        let groups = (0..<8).map { Int(bytes[2 * $0]) << 8 | Int(bytes[2 * $0 + 1]) }
        var best: Range<Int>?
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else { index += 1; continue }
            var end = index
            while end < 8, groups[end] == 0 { end += 1 }
            if end - index >= 2, end - index > (best?.count ?? 0) { best = index..<end }
            index = end
        }
        let hex = groups.map { String($0, radix: 16) }
        guard let best else { return hex.joined(separator: ":") }
        return hex[..<best.lowerBound].joined(separator: ":") + "::" + hex[best.upperBound...].joined(separator: ":")
    }

    private static func parseIPv4(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var out: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ (48...57).contains($0) }) else { return nil }
            if part.count > 1, part.first == UInt8(ascii: "0") { return nil }
            let value = part.reduce(0) { $0 * 10 + Int($1 - 48) }
            guard value <= 255 else { return nil }
            out.append(UInt8(value))
        }
        return out
    }

    private static func parseIPv6(_ text: [UInt8]) -> [UInt8]? {
        guard (2...45).contains(text.count) else { return nil }
        let colon = UInt8(ascii: ":")
        // ":::" holds two overlapping gaps and is refused with every other double gap.
        let gaps = text.indices.dropLast().filter { text[$0] == colon && text[$0 + 1] == colon }
        guard gaps.count <= 1 else { return nil }
        guard let gap = gaps.first else {
            guard let all = groups(text[...], mayEndInIPv4: true), all.count == 16 else { return nil }
            return all
        }
        guard let head = groups(text[..<gap], mayEndInIPv4: false),
            let tail = groups(text[(gap + 2)...], mayEndInIPv4: true),
            head.count + tail.count <= 14
        else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }

    /// The bytes of colon-separated hex groups (1–4 digits each), the last one possibly a dotted quad.
    private static func groups(_ text: ArraySlice<UInt8>, mayEndInIPv4: Bool) -> [UInt8]? {
        guard !text.isEmpty else { return [] }
        let parts = text.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        var out: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if mayEndInIPv4, index == parts.count - 1, part.contains(UInt8(ascii: ".")) {
                guard let quad = parseIPv4(part) else { return nil }
                out += quad
                continue
            }
            guard (1...4).contains(part.count) else { return nil }
            var value = 0
            for byte in part {
                guard let digit = hexValue(byte) else { return nil }
                value = value << 4 | digit
            }
            out += [UInt8(value >> 8), UInt8(value & 0xFF)]
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
