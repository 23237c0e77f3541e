#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// A Telegram update stored before it is processed, so a crash or restart never loses it.
package struct InboxItem: Sendable, Equatable {
    package var updateId: Int64
    /// The update's raw JSON as received.
    package var payload: Data
    package var receivedAt: Date

    package init(updateId: Int64, payload: Data, receivedAt: Date) {
        self.updateId = updateId
        self.payload = payload
        self.receivedAt = receivedAt
    }
}
