/// Who sent a request: the connection's peer, or, when that peer is a trusted proxy, the client
/// the proxies name in `X-Forwarded-For`.
package enum ClientAddress {
    /// Walks `X-Forwarded-For` from the right (the entry our nearest proxy appended) past every
    /// trusted proxy; the first untrusted entry is the client. Entries left of it were written by
    /// the client itself and are never believed. A malformed entry stops the walk at the last
    /// trusted hop. With no trusted proxies the header is ignored.
    ///
    /// - Parameter forwardedFor: every `X-Forwarded-For` field of the request, in order.
    package static func resolve(peer: IPAddress, forwardedFor: [String], trustedProxies: [IPNetwork]) -> IPAddress {
        var current = peer
        guard isTrusted(current, trustedProxies) else { return current }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.reversed()
        for hop in hops {
            guard let address = IPAddress(String(hop).trimmingWhitespace()) else { return current }
            current = address
            if !isTrusted(address, trustedProxies) { return address }
        }
        return current
    }

    /// The unit a per-source limit counts: the IPv4 address, or the IPv6 /64 (one subscriber's
    /// network; throttling single IPv6 addresses would hand each attacker 2^64 fresh allowances).
    package static func source(of address: IPAddress) -> IPNetwork {
        IPNetwork(containing: address, prefixLength: address.isIPv4 ? 32 : 64)
    }

    private static func isTrusted(_ address: IPAddress, _ networks: [IPNetwork]) -> Bool {
        networks.contains { $0.contains(address) }
    }
}
