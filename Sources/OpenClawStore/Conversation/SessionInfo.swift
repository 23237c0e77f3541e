#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// The size and age of a conversation since its last reset.
package struct SessionInfo: Sendable, Equatable {
    package var turns: Int
    /// When the first turn since the last reset was stored; nil when there is none.
    package var startedAt: Date?

    package init(turns: Int, startedAt: Date?) {
        self.turns = turns
        self.startedAt = startedAt
    }
}
