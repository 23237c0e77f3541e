#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A PostgreSQL connection URL, `postgresql://user:password@host[:port]/database`, read into its
/// parts. It is a secret (it holds the password): nothing here ever prints it.
package struct PostgresURL: Sendable, Equatable {
    package var user: String
    package var password: String?
    /// Lowercased, without IPv6 brackets.
    package var host: String
    package var port: Int
    package var database: String

    /// Nil unless the text is a `postgresql://` (or `postgres://`) URL with a user, a host and a
    /// database, and no query (TLS is set in the config, `state.postgres.tls`, not in the URL).
    package init?(_ text: String) {
        let trimmed = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "postgresql" || scheme == "postgres",
            let user = components.user, !user.isEmpty,
            var host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil
        else { return nil }
        let path = components.path
        guard path.hasPrefix("/"), path.count > 1, !path.dropFirst().contains("/") else { return nil }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let port = components.port ?? 5432
        guard (1...65535).contains(port) else { return nil }
        self.user = user
        self.password = components.password
        self.host = host.lowercased()
        self.port = port
        self.database = String(path.dropFirst())
    }

    /// The server is on this host (127.0.0.0/8, `::1` or `localhost`), so the connection never
    /// crosses a network and TLS is not required by default.
    package var isLoopback: Bool { EndpointURL.isLoopback(host: host) }

    /// Where it points, without the user or the password: for logs and messages.
    package var redacted: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgresql://\(shownHost):\(port)/\(database)"
    }
}
