import SQLKit

/// One numbered schema step. Steps are append-only: never edit or reorder a released one.
struct Migration: Sendable {
    let version: Int
    let name: String
    let apply: @Sendable (any SQLDatabase) async throws -> Void
}

enum Migrations {
    /// Every migration, in version order starting at 1 without gaps.
    static let all: [Migration] = [
        .v1InitialSchema,
        .v2PersonIndexes,
        .v3AuditChain,
        .v4Delivery,
        .v5GrantsVersion,
        .v6Replicas,
        .v7RateLimits,
        .v8SQLiteGrantsVersion,
    ]
}
