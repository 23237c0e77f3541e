#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A Telegram update stored before it is processed, so a crash or restart never loses it.
public struct InboxItem: Sendable, Equatable {
    public var updateId: Int64
    /// The update's raw JSON as received.
    public var payload: Data
    public var receivedAt: Date

    public init(updateId: Int64, payload: Data, receivedAt: Date) {
        self.updateId = updateId
        self.payload = payload
        self.receivedAt = receivedAt
    }
}
