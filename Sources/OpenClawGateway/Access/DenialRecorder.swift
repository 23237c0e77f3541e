import OpenClawCore
import Synchronization

/// Decides which refusals of strangers are written to the audit trail and the log: the first per
/// sender, kind and hour in full, the rest counted (and summarised when the hour ends), so a
/// stranger's flood costs one row and one line, not one per message.
final class DenialRecorder: Sendable {
    struct Key: Hashable, Sendable {
        var sender: Int64
        var kind: AuditKind
        /// The refusal's reason (`not_allowlisted`, …), when the kind has one.
        var reason: String?
    }

    static let window = Duration.seconds(3600)
    static let capacity = 10_000

    private let origin: ContinuousClock.Instant
    private let instant: @Sendable () -> ContinuousClock.Instant
    private let suppressor = Mutex(RepeatSuppressor<Key>(window: DenialRecorder.window, capacity: DenialRecorder.capacity))

    init(instant: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.instant = instant
        self.origin = instant()
    }

    func observe(_ key: Key) -> RepeatSuppressor<Key>.Verdict {
        let elapsed = instant() - origin
        return suppressor.withLock { $0.observe(key, at: elapsed) }
    }

    /// Windows that ended with repeats, to be written as one summary each.
    func sweep() -> [RepeatSuppressor<Key>.Summary] {
        let elapsed = instant() - origin
        return suppressor.withLock { $0.sweep(at: elapsed) }
    }
}
