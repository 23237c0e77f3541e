#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// When spend spikes were last looked for.
final class LastSpikeCheck: Sendable {
    private let last = Mutex<Date?>(nil)

    /// True (and the time recorded) when at least `interval` seconds passed since the last check.
    func due(at now: Date, every interval: TimeInterval) -> Bool {
        last.withLock { last in
            if let previous = last, now.timeIntervalSince(previous) < interval { return false }
            last = now
            return true
        }
    }
}
