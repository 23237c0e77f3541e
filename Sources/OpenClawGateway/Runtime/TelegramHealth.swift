#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// When Telegram last answered us; `/readyz` reports not ready when that is too long ago.
final class TelegramHealth: Sendable {
    private let lastSuccess = Mutex<Date?>(nil)

    func markSuccess(at time: Date) {
        lastSuccess.withLock { $0 = time }
    }

    func isReachable(at now: Date, within window: TimeInterval = 120) -> Bool {
        lastSuccess.withLock { last in
            guard let last else { return false }
            return now.timeIntervalSince(last) <= window
        }
    }
}
