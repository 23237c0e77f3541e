#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A row of `schema_migrations`: which schema step ran, and when.
public struct AppliedMigration: Sendable, Equatable {
    public var version: Int
    public var appliedAt: Date

    public init(version: Int, appliedAt: Date) {
        self.version = version
        self.appliedAt = appliedAt
    }
}
