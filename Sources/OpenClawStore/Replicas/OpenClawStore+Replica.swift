import SQLKit

extension OpenClawStore {
    /// The lease a replica renews while it lives; what it claims is its own while the lease holds.
    package static func replicaLease(_ replica: String) -> String { "replica:" + replica }

    /// True for rows of `table` this store may take: unclaimed, claimed by this replica, or
    /// claimed by a replica whose lease ran out (it died or stopped). Without a replica identity,
    /// every row (one gateway on the database).
    func claimable(_ table: String) -> SQLQueryString {
        guard let replica else { return "1 = 1" }
        return """
            (\(ident: table).claimed_by IS NULL OR \(ident: table).claimed_by = \(bind: replica) OR NOT EXISTS (
              SELECT 1 FROM leases WHERE leases.name = 'replica:' || \(ident: table).claimed_by AND leases.expires_at >= \(databaseNowMillis)))
            """
    }
}
