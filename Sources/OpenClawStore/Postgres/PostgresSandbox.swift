#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import Logging
import NIOCore
import NIOPosix
package import OpenClawCore
import SQLKit

/// The PostgreSQL server the tests, the demo and the benchmarks may use, named by
/// `OPENCLAW_TEST_POSTGRES_URL` (`.ci/postgres.sh` starts one on loopback and prints it). Each
/// user gets a schema of its own, so runs side by side on one database never meet.
package enum PostgresSandbox {
    package static let urlVariable = "OPENCLAW_TEST_POSTGRES_URL"
    /// Schemas made here start with this and the time they were made.
    static let schemaPrefix = "openclaw_t"
    static let staleAfterSeconds = 2 * 3600

    package static var url: PostgresURL? {
        ProcessInfo.processInfo.environment[urlVariable].flatMap(PostgresURL.init)
    }

    /// Nil when a server answers at the URL's host and port; otherwise why it cannot be used.
    package static let unavailableReason: String? = {
        guard let text = ProcessInfo.processInfo.environment[urlVariable] else {
            return "\(urlVariable) is not set (eval \"$(bash .ci/postgres.sh)\" starts a server; CI runs these)"
        }
        guard let url = PostgresURL(text) else { return "\(urlVariable) is not a postgresql://user:password@host/database URL" }
        do {
            let channel = try ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(2))
                .connect(host: url.host, port: url.port).wait()
            try? channel.close().wait()
            return nil
        } catch {
            return "no PostgreSQL server answers at \(url.redacted)"
        }
    }()

    /// A fresh schema name: the prefix, the time in seconds, and a random part.
    package static func newSchema() -> String {
        let random = UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(12)
        return "\(schemaPrefix)\(Int(Date().timeIntervalSince1970))_\(random)"
    }

    /// The sandbox database, in `schema` (created by the store when it opens).
    package static func location(schema: String?, maxConnections: Int = 4) -> PostgresLocation? {
        url.map { PostgresLocation(url: $0, schema: schema, maxConnections: maxConnections) }
    }

    /// Drops `schema` with everything in it.
    package static func drop(schema: String) async throws {
        try await withDatabase { sql in
            try await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
    }

    /// Drops schemas made here over two hours ago: left by runs that were killed before cleaning up.
    package static func dropStaleSchemas() async throws {
        let cutoff = Int(Date().timeIntervalSince1970) - staleAfterSeconds
        try await withDatabase { sql in
            let names = try await sql.raw("SELECT nspname FROM pg_namespace WHERE nspname LIKE \(bind: schemaPrefix + "%")")
                .all(decodingColumn: "nspname", as: String.self)
            for name in names {
                let stamp = name.dropFirst(schemaPrefix.count).prefix { $0.isNumber }
                guard let made = Int(stamp), made < cutoff else { continue }
                try await sql.raw("DROP SCHEMA IF EXISTS \(ident: name) CASCADE").run()
            }
        }
    }

    private static func withDatabase(_ body: (any SQLDatabase) async throws -> Void) async throws {
        guard let location = location(schema: nil, maxConnections: 2) else { return }
        let database = try await PostgresStoreDatabase.open(location, logger: Logger(label: "openclaw.sandbox.postgres"))
        do {
            try await database.withConnection(body)
            try await database.close()
        } catch {
            try? await database.close()
            throw error
        }
    }
}

extension PostgresSandbox {
    /// Runs `body` while a transaction of its own holds `table` of `schema` in EXCLUSIVE mode: reads
    /// go on, writes wait. `body` is given a probe that counts the writes waiting for that lock.
    package static func holdingWriteLock<T: Sendable>(
        on table: String, in schema: String, _ body: (_ waitingWrites: () async throws -> Int) async throws -> T
    ) async throws -> T {
        var result: T?
        try await withDatabase { sql in
            try await sql.raw("BEGIN").run()
            do {
                try await sql.raw("LOCK TABLE \(ident: schema).\(ident: table) IN EXCLUSIVE MODE").run()
                let relation = "\"\(schema)\".\"\(table)\""
                result = try await body {
                    try await sql.raw("SELECT count(*) AS waiting FROM pg_locks WHERE NOT granted AND relation = to_regclass(\(bind: relation))")
                        .first(decodingColumn: "waiting", as: Int.self) ?? 0
                }
                try await sql.raw("ROLLBACK").run()
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
        guard let result else { throw StoreError(code: .queryFailed, message: "no PostgreSQL server is named by \(urlVariable)") }
        return result
    }

    /// Every row of every table in `schema` as PostgreSQL prints it (BYTEA escaped), as a dump or a
    /// copied backup would show it: what tests search for text that must not be stored in the clear.
    package static func dump(schema: String) async throws -> Data {
        var bytes = Data()
        try await withDatabase { sql in
            // Printable bytes as themselves, as in a file: plain text in a BYTEA column shows.
            try await sql.raw("SET bytea_output = 'escape'").run()
            let tables = try await sql.raw("SELECT tablename FROM pg_tables WHERE schemaname = \(bind: schema)")
                .all(decodingColumn: "tablename", as: String.self)
            for table in tables {
                for row in try await sql.raw("SELECT CAST(t AS TEXT) AS line FROM \(ident: schema).\(ident: table) AS t")
                    .all(decodingColumn: "line", as: String.self)
                {
                    bytes.append(Data((row + "\n").utf8))
                }
            }
        }
        return bytes
    }
}
