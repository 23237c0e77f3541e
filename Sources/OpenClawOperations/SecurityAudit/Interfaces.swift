#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
package import OpenClawCore

/// This machine's own addresses, for asking whether the listener answers beyond loopback.
package enum Interfaces {
    /// Every IPv4 and global IPv6 address of an interface that is up, loopback excluded
    /// (link-local IPv6 needs a zone to connect to and is skipped).
    package static func nonLoopbackAddresses() -> [IPAddress] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0, let first else { return [] }
        defer { freeifaddrs(first) }
        var addresses: [IPAddress] = []
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let socketAddress = entry.pointee.ifa_addr, entry.pointee.ifa_flags & UInt32(IFF_UP) != 0 else { continue }
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            switch Int32(socketAddress.pointee.sa_family) {
            case AF_INET:
                var address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                inet_ntop(AF_INET, &address, &text, socklen_t(text.count))
            case AF_INET6:
                var address = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                inet_ntop(AF_INET6, &address, &text, socklen_t(text.count))
            default:
                continue
            }
            let length = text.firstIndex(of: 0) ?? text.count
            let bytes = text[..<length].map { UInt8(bitPattern: $0) }
            guard let address = IPAddress(String(decoding: bytes, as: UTF8.self)), !address.isLoopback, !address.isLinkLocal,
                !addresses.contains(address)
            else { continue }
            addresses.append(address)
        }
        return addresses
    }

    /// True inside a Docker or Podman container.
    static var insideContainer: Bool {
        access("/.dockerenv", F_OK) == 0 || access("/run/.containerenv", F_OK) == 0
    }
}

extension IPAddress {
    /// fe80::/10.
    var isLinkLocal: Bool {
        !isIPv4 && bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80
    }
}
