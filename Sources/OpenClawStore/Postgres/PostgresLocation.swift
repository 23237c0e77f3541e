package import OpenClawCore

/// A PostgreSQL database to keep the store in: the server (from the URL secret), how to reach it,
/// and the schema inside it.
package struct PostgresLocation: Sendable {
    package var url: PostgresURL
    /// Nil: required, unless the server is on loopback.
    package var tls: PostgresStateConfig.TLS?
    /// PEM file of the certificate authorities to trust instead of the system's.
    package var caFile: String?
    /// The schema holding the tables (created when missing); nil for the user's default.
    package var schema: String?
    /// Connections the store may open at once.
    package var maxConnections: Int
    /// `state.dir`, created (0700) when the store opens: the audit checkpoints are kept there.
    package var stateDirectory: String?

    package init(url: PostgresURL, tls: PostgresStateConfig.TLS? = nil, caFile: String? = nil, schema: String? = nil, maxConnections: Int = 8) {
        self.url = url
        self.tls = tls
        self.caFile = caFile
        self.schema = schema
        self.maxConnections = max(2, maxConnections)
    }

    /// The configured store settings with the URL read from its secret.
    package init(_ config: PostgresStateConfig, url: PostgresURL, stateDirectory: String?) {
        self.init(url: url, tls: config.tls, caFile: config.caFile, schema: config.schema, maxConnections: config.maxConnections)
        self.stateDirectory = stateDirectory
    }

    /// TLS as it will be used: as configured, else required unless the host is loopback.
    package var effectiveTLS: PostgresStateConfig.TLS {
        tls ?? (url.isLoopback ? .disable : .require)
    }

    /// Where the store lives, for messages: server, database and schema, never the credentials.
    package var description: String {
        url.redacted + (schema.map { " (schema \($0))" } ?? "")
    }
}
