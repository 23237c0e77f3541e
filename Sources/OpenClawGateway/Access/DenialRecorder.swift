import OpenClawCore
import Synchronization

/// Decides which refusals of strangers are written to the audit trail and the log: the first per
/// sender, kind and hour in full, the rest counted (and summarised when the hour ends), so a
/// stranger's flood costs one row and one line, not one per message.
final class DenialRecorder: Sendable {
    struct Key: Hashable, Sendable {
        var sender: Int64
        /// The audit kind and reason, e.g. `access.denied/not_allowlisted`.
        var kind: String
    }

    static let window = Duration.seconds(3600)
    static let capacity = 10_000

    private let origin = ContinuousClock.now
    private let suppressor = Mutex(RepeatSuppressor<Key>(window: DenialRecorder.window, capacity: DenialRecorder.capacity))

    func observe(sender: Int64, kind: String, at now: ContinuousClock.Instant = .now) -> RepeatSuppressor<Key>.Verdict {
        let elapsed = now - origin
        return suppressor.withLock { $0.observe(Key(sender: sender, kind: kind), at: elapsed) }
    }

    /// Windows that ended with repeats, to be written as one summary each.
    func sweep(at now: ContinuousClock.Instant = .now) -> [RepeatSuppressor<Key>.Summary] {
        let elapsed = now - origin
        return suppressor.withLock { $0.sweep(at: elapsed) }
    }
}
