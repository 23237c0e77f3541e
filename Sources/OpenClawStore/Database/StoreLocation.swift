/// Where a store keeps its state.
package enum StoreLocation: Sendable {
    /// `openclaw.sqlite` in this directory: one gateway and its CLI on one host (the default).
    case sqlite(directory: String)
    /// A PostgreSQL database, which several gateways (replicas) and their CLI can share.
    case postgres(PostgresLocation)
}
