/// Keeps the first occurrence of an event per key and window in full and counts the repeats, so a
/// flood of the same refusal from one sender writes one audit record and one log line per window.
///
/// Bounded: past `capacity` keys, new keys share one overflow bucket (recorded once per window,
/// then counted), so a flood of throwaway accounts cannot grow the table, the audit trail or the log.
/// Pure and clock-agnostic; the caller guards it and passes the time.
package struct RepeatSuppressor<Key: Hashable & Sendable>: Sendable {
    package enum Verdict: Sendable, Equatable {
        /// Write this one in full; `repeatsBefore` were counted in this key's previous window.
        case record(repeatsBefore: Int)
        /// Counted, not written.
        case suppress
    }

    /// A window that ended with repeats nobody wrote down; nil key is the overflow bucket.
    package struct Summary: Sendable, Equatable {
        package var key: Key?
        package var repeats: Int

        package init(key: Key?, repeats: Int) {
            self.key = key
            self.repeats = repeats
        }
    }

    private struct Entry: Sendable {
        var windowStart: Duration
        var repeats: Int
    }

    package let window: Duration
    package let capacity: Int
    private var entries: [Key: Entry] = [:]
    private var overflow: Entry?

    package init(window: Duration, capacity: Int) {
        self.window = window
        self.capacity = max(1, capacity)
    }

    package var trackedKeys: Int { entries.count }

    /// `now` is time since any fixed origin, the same for every call.
    package mutating func observe(_ key: Key, at now: Duration) -> Verdict {
        if let entry = entries[key] {
            return observe(&entries[key, default: entry], now: now)
        }
        if entries.count >= capacity {
            _ = sweep(at: now)
        }
        if entries.count < capacity {
            entries[key] = Entry(windowStart: now, repeats: 0)
            return .record(repeatsBefore: 0)
        }
        guard var bucket = overflow else {
            overflow = Entry(windowStart: now, repeats: 0)
            return .record(repeatsBefore: 0)
        }
        let verdict = observe(&bucket, now: now)
        overflow = bucket
        return verdict
    }

    /// Forgets keys whose window ended; returns those that ended with uncounted repeats.
    package mutating func sweep(at now: Duration) -> [Summary] {
        var summaries: [Summary] = []
        for (key, entry) in entries where now - entry.windowStart >= window {
            if entry.repeats > 0 { summaries.append(Summary(key: key, repeats: entry.repeats)) }
            entries[key] = nil
        }
        if let bucket = overflow, now - bucket.windowStart >= window {
            if bucket.repeats > 0 { summaries.append(Summary(key: nil, repeats: bucket.repeats)) }
            overflow = nil
        }
        return summaries
    }

    private func observe(_ entry: inout Entry, now: Duration) -> Verdict {
        if now - entry.windowStart >= window {
            let before = entry.repeats
            entry = Entry(windowStart: now, repeats: 0)
            return .record(repeatsBefore: before)
        }
        entry.repeats += 1
        return .suppress
    }
}
