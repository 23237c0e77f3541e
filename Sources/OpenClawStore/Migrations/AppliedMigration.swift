#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// A row of `schema_migrations`: which schema step ran, and when.
package struct AppliedMigration: Sendable, Equatable {
    package var version: Int
    package var appliedAt: Date

    package init(version: Int, appliedAt: Date) {
        self.version = version
        self.appliedAt = appliedAt
    }
}
