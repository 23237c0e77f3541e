#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The size and age of a conversation since its last reset.
public struct SessionInfo: Sendable, Equatable {
    public var turns: Int
    /// When the first turn since the last reset was stored; nil when there is none.
    public var startedAt: Date?

    public init(turns: Int, startedAt: Date?) {
        self.turns = turns
        self.startedAt = startedAt
    }
}
