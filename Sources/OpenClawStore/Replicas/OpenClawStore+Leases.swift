#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// Takes or renews the lease `name` for `holder` for `duration`, timed by the database's clock:
    /// true when `holder` has it now. It is taken from another holder only once that one's lease
    /// has run out. One statement, so two processes asking at once cannot both get it.
    package func holdLease(_ name: String, holder: String, for duration: TimeInterval) async throws -> Bool {
        let millis = Int64((min(max(duration, 0), 86_400) * 1000).rounded())
        return try await exclusive("holdLease") { sql in
            let now = databaseNowMillis
            let rows = try await sql.raw("""
                INSERT INTO leases (name, holder, expires_at) VALUES (\(bind: name), \(bind: holder), \(now) + \(bind: millis))
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE leases.holder = excluded.holder OR leases.expires_at < \(now)
                RETURNING holder
                """).all()
            return !rows.isEmpty
        }
    }

    /// Gives the lease up at once (a replica stopping cleanly), if `holder` has it.
    package func dropLease(_ name: String, holder: String) async throws {
        try await exclusive("dropLease") { sql in
            try await sql.delete(from: "leases").where("name", .equal, name).where("holder", .equal, holder).run()
        }
    }

    /// Who holds the lease now, nil when nobody does (for tests and status).
    package func leaseHolder(_ name: String) async throws -> String? {
        try await exclusive("leaseHolder") { sql in
            try await sql.raw("SELECT holder FROM leases WHERE name = \(bind: name) AND expires_at >= \(databaseNowMillis)")
                .first(decodingColumn: "holder", as: String.self)
        }
    }
}
