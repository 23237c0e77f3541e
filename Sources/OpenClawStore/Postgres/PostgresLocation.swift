public import OpenClawCore

/// A PostgreSQL database to keep the store in: the server (from the URL secret), how to reach it,
/// and the schema inside it.
public struct PostgresLocation: Sendable {
    public var url: PostgresURL
    /// Nil: required, unless the server is on loopback.
    public var tls: PostgresStateConfig.TLS?
    /// PEM file of the certificate authorities to trust instead of the system's.
    public var caFile: String?
    /// The schema holding the tables (created when missing); nil for the user's default.
    public var schema: String?
    /// Connections the store may open at once.
    public var maxConnections: Int
    /// `state.dir`, created (0700) when the store opens: the audit checkpoints are kept there.
    public var stateDirectory: String?

    public init(url: PostgresURL, tls: PostgresStateConfig.TLS? = nil, caFile: String? = nil, schema: String? = nil, maxConnections: Int = 8) {
        self.url = url
        self.tls = tls
        self.caFile = caFile
        self.schema = schema
        self.maxConnections = max(2, maxConnections)
    }

    /// The configured store settings with the URL read from its secret.
    public init(_ config: PostgresStateConfig, url: PostgresURL, stateDirectory: String?) {
        self.init(url: url, tls: config.tls, caFile: config.caFile, schema: config.schema, maxConnections: config.maxConnections)
        self.stateDirectory = stateDirectory
    }

    /// TLS as it will be used: as configured, else required unless the host is loopback.
    public var effectiveTLS: PostgresStateConfig.TLS {
        tls ?? (url.isLoopback ? .disable : .require)
    }

    /// Where the store lives, for messages: server, database and schema, never the credentials.
    public var description: String {
        url.redacted + (schema.map { " (schema \($0))" } ?? "")
    }
}
