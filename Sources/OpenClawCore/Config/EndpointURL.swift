#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A configured `http(s)://` URL read the way the HTTP client will read it, so "is this loopback?"
/// is answered on the host the request really goes to, never on the text's prefix
/// (`http://127.0.0.1.nip.io` and `http://127.0.0.1@evil.example` are not loopback).
package struct EndpointURL: Sendable {
    package let isHTTPS: Bool
    /// Lowercased, without IPv6 brackets.
    package let host: String

    /// Nil for anything but an absolute `http`/`https` URL with a host and no user info.
    package init?(_ text: String) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.user == nil, url.password == nil,
            let host = url.host(percentEncoded: true), !host.isEmpty
        else { return nil }
        var bare = host.lowercased()
        if bare.hasPrefix("["), bare.hasSuffix("]") { bare = String(bare.dropFirst().dropLast()) }
        self.isHTTPS = scheme == "https"
        self.host = bare
    }

    /// 127.0.0.0/8 written as four decimal octets, `::1`, or exactly `localhost`.
    package var isLoopback: Bool { Self.isLoopback(host: host) }

    static func isLoopback(host: String) -> Bool {
        let host = host.lowercased()
        if host == "localhost" || host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        let values = octets.map { octet -> Int? in
            guard (1...3).contains(octet.count), octet.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(octet).flatMap { $0 <= 255 ? $0 : nil }
        }
        return values.allSatisfy { $0 != nil } && values[0] == 127
    }
}
