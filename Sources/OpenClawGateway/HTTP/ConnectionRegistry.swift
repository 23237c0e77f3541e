import NIOCore
import Synchronization

/// The listener's open connections and what each is doing, so that a flood of slow or idle
/// connections cannot take every descriptor: at the cap, the oldest connection that is not
/// waiting for its response is closed to make room, so a prompt client (Telegram) still gets in.
final class ConnectionRegistry: Sendable {
    enum Activity: Sendable {
        /// Sending a request (or connected and not yet sending one).
        case reading
        /// Its request is complete and being answered: never evicted.
        case awaitingResponse
        /// Kept alive between requests.
        case idle
    }

    private struct Entry {
        var channel: any Channel
        var activity: Activity
        var since: NIODeadline
    }

    let maxConnections: Int
    private let entries = Mutex<[ObjectIdentifier: Entry]>([:])

    init(maxConnections: Int) {
        self.maxConnections = max(1, maxConnections)
    }

    var openConnections: Int { entries.withLock { $0.count } }

    /// Registers a new connection; returns the connections to close to stay within the cap.
    func opened(_ channel: any Channel, at now: NIODeadline = .now()) -> [any Channel] {
        entries.withLock { entries in
            entries[ObjectIdentifier(channel)] = Entry(channel: channel, activity: .reading, since: now)
            var evicted: [any Channel] = []
            while entries.count > maxConnections {
                let candidates = entries.filter { $0.value.activity != .awaitingResponse && $0.key != ObjectIdentifier(channel) }
                guard let oldest = candidates.min(by: { $0.value.since < $1.value.since }) else { break }
                evicted.append(oldest.value.channel)
                entries[oldest.key] = nil
            }
            return evicted
        }
    }

    func update(_ channel: any Channel, to activity: Activity, at now: NIODeadline = .now()) {
        entries.withLock { entries in
            guard entries[ObjectIdentifier(channel)] != nil else { return }
            entries[ObjectIdentifier(channel)]?.activity = activity
            entries[ObjectIdentifier(channel)]?.since = now
        }
    }

    func closed(_ channel: any Channel) {
        _ = entries.withLock { $0.removeValue(forKey: ObjectIdentifier(channel)) }
    }
}
