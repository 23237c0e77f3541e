import OpenClawCore
import Testing

@Suite struct ClientAddressTests {
    @Test(arguments: [
        ("10.0.0.1", "10.0.0.1"), ("255.255.255.255", "255.255.255.255"), ("::1", "::1"), ("::", "::"),
        ("2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1"), ("2001:db8::", "2001:db8::"), ("::ffff:192.0.2.1", "192.0.2.1"),
        ("fe80:0:0:0:0:0:0:1", "fe80::1"), ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"), ("64:ff9b::192.0.2.33", "64:ff9b::c000:221"),
    ])
    func parsesAndPrintsCanonically(text: String, canonical: String) throws {
        #expect(try #require(IPAddress(text)).description == canonical)
    }

    @Test(arguments: [
        "", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", "+1.2.3.4", "1..2.3", "a.b.c.d",
        ":::", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "g::1", ":1::", "1::2:", "fe80::1%eth0",
        "::1.2.3", "1.2.3.4::", "127.0.0.1.nip.io",
    ])
    func refusesWhatIsNotAnAddress(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test func networksContainTheirAddressesOnly() throws {
        let bridge = try #require(IPNetwork("172.16.0.0/12"))
        #expect(bridge.contains(try #require(IPAddress("172.18.0.1"))))
        #expect(!bridge.contains(try #require(IPAddress("172.32.0.1"))))
        let single = try #require(IPNetwork("127.0.0.1"))
        #expect(single.contains(try #require(IPAddress("::ffff:127.0.0.1"))))
        #expect(!single.contains(try #require(IPAddress("127.0.0.2"))))
        let ula = try #require(IPNetwork("fd00::/8"))
        #expect(ula.contains(try #require(IPAddress("fd12:3456::1"))))
        // An IPv4 /0 covers IPv4 only, not every IPv6 address.
        #expect(!(try #require(IPNetwork("0.0.0.0/0"))).contains(try #require(IPAddress("2001:db8::1"))))
        #expect(IPNetwork("10.0.0.1/8") == nil, "host bits set below the prefix")
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("10.0.0.0/") == nil)
        #expect(IPNetwork("::/129") == nil)
    }

    @Test func forwardedForIsBelievedOnlyFromATrustedPeer() throws {
        let proxy = try #require(IPAddress("127.0.0.1"))
        let stranger = try #require(IPAddress("198.51.100.9"))
        let trusted = [try #require(IPNetwork("127.0.0.1")), try #require(IPNetwork("172.16.0.0/12"))]
        // Through our proxy: the entry it appended (rightmost) is the client, not what the client wrote.
        #expect(ClientAddress.resolve(peer: proxy, forwardedFor: ["6.6.6.6, 203.0.113.7"], trustedProxies: trusted).description == "203.0.113.7")
        // Two trusted hops (the host's proxy, then Docker's bridge).
        #expect(ClientAddress.resolve(peer: proxy, forwardedFor: ["203.0.113.7", "172.18.0.1"], trustedProxies: trusted).description == "203.0.113.7")
        // A stranger's own header is ignored.
        #expect(ClientAddress.resolve(peer: stranger, forwardedFor: ["127.0.0.1"], trustedProxies: trusted) == stranger)
        // Without trusted proxies the header is ignored, even from loopback.
        #expect(ClientAddress.resolve(peer: proxy, forwardedFor: ["203.0.113.7"], trustedProxies: []) == proxy)
        // A malformed hop stops the walk at the last trusted one.
        #expect(ClientAddress.resolve(peer: proxy, forwardedFor: ["203.0.113.7, bogus"], trustedProxies: trusted) == proxy)
    }

    @Test func ipv6SourcesAreCountedByTheirSlash64() throws {
        let one = ClientAddress.source(of: try #require(IPAddress("2001:db8:1:2::1")))
        let other = ClientAddress.source(of: try #require(IPAddress("2001:db8:1:2:ffff::9")))
        #expect(one == other)
        #expect(one.description == "2001:db8:1:2::/64")
        #expect(ClientAddress.source(of: try #require(IPAddress("203.0.113.7"))).description == "203.0.113.7")
    }
}
