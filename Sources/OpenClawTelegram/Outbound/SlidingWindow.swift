/// The times of the last `capacity` events, to find when one more fits in a rolling `window`.
struct SlidingWindow<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    let capacity: Int
    let window: Duration
    // A ring would avoid the O(n) removeFirst; capacity is at most 1000 (a 16 KB move).
    private var times: [Instant] = []

    init(capacity: Int, window: Duration) {
        self.capacity = capacity
        self.window = window
    }

    /// The earliest instant at or after `now` at which another event stays within the limit.
    func earliest(after now: Instant) -> Instant {
        guard capacity != .max, times.count >= capacity, let oldest = times.first else { return now }
        return max(now, oldest.advanced(by: window))
    }

    /// Whether every recorded event has left the window, so forgetting them changes nothing.
    func isExpired(at now: Instant) -> Bool {
        times.last.map { $0.advanced(by: window) <= now } ?? true
    }

    /// The same events in a window of `capacity`: the most recent ones it can hold.
    func resized(to capacity: Int) -> SlidingWindow {
        var window = SlidingWindow(capacity: capacity, window: self.window)
        if capacity != .max { window.times = Array(times.suffix(capacity)) }
        return window
    }

    /// Records an event; callers record in non-decreasing time order.
    mutating func record(_ time: Instant) {
        guard capacity != .max else { return }
        times.append(time)
        if times.count > capacity { times.removeFirst(times.count - capacity) }
    }
}
