/// Where the gateway keeps its durable state.
package struct StateConfig: Sendable {
    package enum Backend: String, Sendable, CaseIterable {
        /// One SQLite file in `dir`: one gateway and its CLI on one host (the default).
        case sqlite
        /// A PostgreSQL database: several gateway replicas on one database.
        case postgres
    }

    /// The SQLite file's folder, and the audit checkpoint file's (on either backend).
    package var dir: String
    package var backend: Backend
    /// Set exactly when `backend` is `postgres`.
    package var postgres: PostgresStateConfig?

    package init(dir: String, backend: Backend = .sqlite, postgres: PostgresStateConfig? = nil) {
        self.dir = dir
        self.backend = backend
        self.postgres = postgres
    }

    /// Set when `state.postgres.tls` is `disable`: said by `config validate` and logged at start.
    package var plainTextWarning: String? {
        guard postgres?.tls == .disable else { return nil }
        return "state.postgres.tls is \"disable\": the database password and every row cross the network unencrypted unless the server is on this host"
    }
}

/// `state.postgres`: the database several gateways share.
package struct PostgresStateConfig: Sendable {
    /// Whether the connection to the server is encrypted.
    package enum TLS: String, Sendable, CaseIterable {
        /// Encrypted, the server's certificate checked against the trusted roots and the host name.
        case require
        /// Plain text. Only ever when said explicitly (or by default for a server on loopback).
        case disable
    }

    /// The secret holding `postgresql://user:password@host[:port]/database`.
    package var url: SecretRef
    /// Nil: required, unless the URL's host is loopback.
    package var tls: TLS?
    /// PEM file of the certificate authorities to trust instead of the system's.
    package var caFile: String?
    /// The schema to keep the tables in (created when missing); nil for the user's default.
    package var schema: String?
    /// Connections each gateway process may open (the outbox and replica coordination add their own).
    package var maxConnections: Int
    /// How long a replica's lease lasts unrenewed (it renews every third of it): when one dies,
    /// the others take over its polling and its work after at most this long.
    package var replicaLeaseSeconds: Int

    package init(
        url: SecretRef, tls: TLS? = nil, caFile: String? = nil, schema: String? = nil, maxConnections: Int = 8, replicaLeaseSeconds: Int = 10
    ) {
        self.url = url
        self.replicaLeaseSeconds = replicaLeaseSeconds
        self.tls = tls
        self.caFile = caFile
        self.schema = schema
        self.maxConnections = maxConnections
    }

    /// A schema name is written into SQL, so it is held to plain lowercase identifiers.
    package static func isValidSchema(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard let first = scalars.first, (1...63).contains(scalars.count) else { return false }
        let letters = Set("abcdefghijklmnopqrstuvwxyz_".unicodeScalars)
        let allowed = letters.union("0123456789".unicodeScalars)
        return letters.contains(first) && scalars.allSatisfy { allowed.contains($0) }
    }
}
