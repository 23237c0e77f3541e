/// An address block written `10.0.0.0/8`, `fd00::/8`, or a single address (`127.0.0.1`, `::1`).
package struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// The first address of the block (host bits cleared).
    package let address: IPAddress
    /// Prefix length counted on the 128-bit form, so an IPv4 `/24` is stored as 120.
    let prefix: Int

    /// Reads `address[/length]`; the length is 0–32 for IPv4 and 0–128 for IPv6. Host bits set
    /// below the prefix (`10.0.0.1/8`) are refused: the operator meant something else.
    package init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let address = IPAddress(parts[0]) else { return nil }
        let width = address.isIPv4 ? 32 : 128
        var length = width
        if parts.count == 2 {
            guard (1...3).contains(parts[1].count), parts[1].allSatisfy(\.isASCII), let value = Int(parts[1]),
                (0...width).contains(value), parts[1].first != "+"
            else { return nil }
            length = value
        }
        let prefix = length + (128 - width)
        guard Self.masked(address, prefix: prefix) == address else { return nil }
        self.address = address
        self.prefix = prefix
    }

    /// The block of `prefix` bits (on the address's own family's scale) that holds `address`.
    package init(containing address: IPAddress, prefixLength: Int) {
        let width = address.isIPv4 ? 32 : 128
        let prefix = min(max(prefixLength, 0), width) + (128 - width)
        self.address = Self.masked(address, prefix: prefix)
        self.prefix = prefix
    }

    /// The prefix length as written (`24` for `10.0.0.0/24`).
    package var prefixLength: Int { address.isIPv4 ? prefix - 96 : prefix }

    package func contains(_ candidate: IPAddress) -> Bool {
        Self.masked(candidate, prefix: prefix) == address
    }

    /// `address/length`, or the bare address for a single-address block.
    package var description: String {
        let width = address.isIPv4 ? 32 : 128
        return prefixLength == width ? address.description : "\(address)/\(prefixLength)"
    }

    private static func masked(_ address: IPAddress, prefix: Int) -> IPAddress {
        var bytes = address.bytes
        for index in 0..<16 {
            let keep = min(max(prefix - index * 8, 0), 8)
            bytes[index] &= keep == 8 ? 0xFF : ~(0xFF >> UInt8(keep))
        }
        return IPAddress(bytes: bytes)
    }
}
