extension ConfigParser {
    /// `gateway.trustedProxies`: addresses or CIDR blocks (`127.0.0.1`, `172.16.0.0/12`, `::1`).
    static func parseTrustedProxies(_ section: ConfigObject?) -> [IPNetwork] {
        guard let section else { return [] }
        var networks: [IPNetwork] = []
        for (index, text) in section.stringArray("trustedProxies").enumerated() {
            guard let network = IPNetwork(text) else {
                section.issues.add(
                    "\(section.keyPath("trustedProxies"))[\(index)]",
                    "not an IP address or CIDR block with its host bits clear (e.g. \"127.0.0.1\", \"172.16.0.0/12\")"
                )
                continue
            }
            networks.append(network)
        }
        return networks
    }

    /// `logging.authLog`: the path of a file the gateway appends to, or absent.
    static func parseAuthLog(_ section: ConfigObject?) -> String? {
        guard let section, let path = section.string("authLog") else { return nil }
        guard !path.isEmpty, !path.hasSuffix("/"), !path.contains("\0") else {
            section.issues.add(section.keyPath("authLog"), "must be a file path (e.g. \"/app/logs/auth.log\")")
            return nil
        }
        return path
    }
}
