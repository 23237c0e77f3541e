import Crypto
import Synchronization

/// When a rotated secret whose check or registration failed for a passing reason (Telegram
/// unreachable, a 5xx) may be tried again: waits double from `initialDelay` up to `maxDelay`.
///
/// One entry per config key path, so it cannot grow beyond the configuration; a new value for
/// the key path starts afresh.
final class SecretRetrySchedule: Sendable {
    private struct Entry {
        var digest: String
        var failures: Int
        var next: ContinuousClock.Instant
    }

    let initialDelay: Duration
    let maxDelay: Duration
    private let entries = Mutex<[String: Entry]>([:])

    init(initialDelay: Duration, maxDelay: Duration) {
        self.initialDelay = max(initialDelay, .milliseconds(1))
        self.maxDelay = max(maxDelay, self.initialDelay)
    }

    /// Whether `value` may be tried for `keyPath` now: it was never tried, or its wait is over.
    func isDue(_ keyPath: String, _ value: String, now: ContinuousClock.Instant = .now) -> Bool {
        let digest = Self.digest(value)
        return entries.withLock { entries in
            guard let entry = entries[keyPath], entry.digest == digest else { return true }
            return now >= entry.next
        }
    }

    /// Records a failed try and returns how long until the next one.
    @discardableResult
    func failed(_ keyPath: String, _ value: String, now: ContinuousClock.Instant = .now) -> Duration {
        let digest = Self.digest(value)
        return entries.withLock { entries in
            var entry = entries[keyPath].flatMap { $0.digest == digest ? $0 : nil } ?? Entry(digest: digest, failures: 0, next: now)
            entry.failures += 1
            let wait = min(initialDelay * (1 << min(entry.failures - 1, 30)), maxDelay)
            entry.next = now + wait
            entries[keyPath] = entry
            return wait
        }
    }

    /// Failed tries of the value being retried for `keyPath` (0 when none).
    func failures(_ keyPath: String) -> Int {
        entries.withLock { $0[keyPath]?.failures ?? 0 }
    }

    /// The try succeeded (or the value was refused for good): forget the key path.
    func clear(_ keyPath: String) {
        entries.withLock { _ = $0.removeValue(forKey: keyPath) }
    }

    private static func digest(_ value: String) -> String {
        SHA256.hash(data: Array(value.utf8)).description
    }
}
