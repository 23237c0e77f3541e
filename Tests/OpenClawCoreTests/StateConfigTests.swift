import Foundation
import OpenClawCore
import Testing

/// `state.backend` and `state.postgres`: what the parser accepts, and the URL secret's format.
@Suite struct StateConfigTests {
    let parser = ConfigParserTests()
    static var urlRef: [String: Any] { ["source": "file", "id": "postgres_url"] }

    @Test func sqliteIsTheDefaultAndNeedsNoPostgresSection() throws {
        let config = try parser.parse(ConfigParserTests.minimal)
        #expect(config.state.backend == .sqlite)
        #expect(config.state.postgres == nil)
        #expect(!config.secretUses.contains { $0.keyPath == "state.postgres.url" })
    }

    @Test func postgresReadsItsSectionAndChecksTheURLSecret() throws {
        let config = try parser.parse(minimalWith: { tree in
            tree["state"] = ["backend": "postgres", "postgres": ["url": Self.urlRef, "tls": "disable", "schema": "openclaw_a", "maxConnections": 12]]
        })
        let postgres = try #require(config.state.postgres)
        #expect(config.state.backend == .postgres)
        #expect(postgres.tls == .disable && postgres.schema == "openclaw_a" && postgres.maxConnections == 12)
        let use = try #require(config.secretUses.first { $0.keyPath == "state.postgres.url" })
        #expect(use.role == .postgresURL)
        #expect(use.role.format.matches("postgresql://bot:pw@db.internal:5433/openclaw"))
        #expect(!use.role.format.matches("postgresql://bot:pw@db.internal/openclaw?sslmode=disable"), "TLS is set in the config, not the URL")
    }

    @Test func anUnsetTLSIsDecidedByTheHostNotDefaultedToPlainText() throws {
        let config = try parser.parse(minimalWith: { $0["state"] = ["backend": "postgres", "postgres": ["url": Self.urlRef]] })
        #expect(config.state.postgres?.tls == nil)
    }

    @Test func badStateSectionsAreNamedByKeyPath() {
        #expect(parser.issues { $0["state"] = ["backend": "postgres"] }.map(\.path) == ["state.postgres"])
        #expect(parser.issues { $0["state"] = ["backend": "mysql"] }.map(\.path) == ["state.backend"])
        #expect(parser.issues { $0["state"] = ["postgres": ["url": Self.urlRef]] }.map(\.path) == ["state.postgres"])
        #expect(parser.issues { $0["state"] = ["backend": "postgres", "postgres": [:] as [String: Any]] }.map(\.path) == ["state.postgres.url"])
        let tls = parser.issues { $0["state"] = ["backend": "postgres", "postgres": ["url": Self.urlRef, "tls": "prefer"]] }
        #expect(tls.map(\.path) == ["state.postgres.tls"])
        let schema = parser.issues { $0["state"] = ["backend": "postgres", "postgres": ["url": Self.urlRef, "schema": "a; DROP TABLE x"]] }
        #expect(schema.map(\.path) == ["state.postgres.schema"])
        let pool = parser.issues { $0["state"] = ["backend": "postgres", "postgres": ["url": Self.urlRef, "maxConnections": 1]] }
        #expect(pool.map(\.path) == ["state.postgres.maxConnections"])
        let lease = parser.issues { $0["state"] = ["backend": "postgres", "postgres": ["url": Self.urlRef, "replicaLeaseSeconds": 0]] }
        #expect(lease.map(\.path) == ["state.postgres.replicaLeaseSeconds"])
        let inline = parser.issues { $0["state"] = ["backend": "postgres", "postgres": ["url": "postgresql://u:hunter2@h/d"]] }
        #expect(inline.map(\.path) == ["state.postgres.url"])
        #expect(!inline.contains { $0.message.contains("hunter2") }, "an inline URL is refused without echoing it")
    }

    @Test func theURLIsReadIntoPartsAndPrintedWithoutCredentials() throws {
        let url = try #require(PostgresURL("postgresql://bot:s3cret@DB.Example.org:6543/openclaw"))
        #expect(url.user == "bot" && url.password == "s3cret" && url.host == "db.example.org" && url.port == 6543 && url.database == "openclaw")
        #expect(url.redacted == "postgresql://db.example.org:6543/openclaw")
        #expect(!url.isLoopback)
        #expect(PostgresURL("postgres://bot@127.0.0.1/openclaw")?.isLoopback == true)
        #expect(PostgresURL("postgresql://bot@[::1]/openclaw")?.isLoopback == true)
        for bad in ["https://bot@h/d", "postgresql://h/d", "postgresql://bot@h", "postgresql://bot@h/d/e", "postgresql://bot@h:0/d", "postgresql://bot@h/d#x"] {
            #expect(PostgresURL(bad) == nil, "\(bad)")
        }
    }
}
