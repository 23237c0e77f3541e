/// The GCRA state of one rule: one theoretical arrival time (TAT, nanoseconds) per key, nothing else.
///
/// A key whose TAT ≤ now is idle and behaves exactly as if absent, so it may be dropped at any time
/// (swept when a new key meets a full table, or by `sweep` on a timer). A value type with no locking;
/// `RateLimiter` guards it.
///
/// Cap policy: when `maxKeys` keys are tracked and a new key arrives, idle keys are swept (at most
/// once per `sweepBackoff`, so a flood cannot make every message pay for a full scan); if the table
/// is still full the new key is refused (fail closed). Keys already tracked keep being served, so a
/// flood of new ids cannot push known senders out, only wait until the table drains.
struct GCRATable: Sendable {
    let rule: RateRule
    let maxKeys: Int
    private(set) var tats: [Int64: Int64] = [:]
    private var nextSweepAllowed = Int64.min
    static let sweepBackoff: Int64 = 1_000_000_000

    init(rule: RateRule, maxKeys: Int) {
        self.rule = rule
        self.maxKeys = max(1, maxKeys)
    }

    /// What `decide` would answer, without changing anything.
    enum Check: Equatable {
        case allow(newTAT: Int64)
        case limited(retryAfter: Int64)
        case full
    }

    var count: Int { tats.count }

    /// The same keys under `rule` at `now`. Each busy key keeps the share of its allowance it has
    /// used (a full burst stays a full burst), measured against the new rule's allowance; idle keys
    /// are dropped. So a sender who was limited stays limited under a stricter rule, and waits at
    /// most one new interval under a looser one.
    func applying(_ rule: RateRule, now: Int64) -> GCRATable {
        var table = GCRATable(rule: rule, maxKeys: maxKeys)
        let oldAllowance = Double(self.rule.interval) + Double(self.rule.tolerance)
        let newAllowance = Double(rule.interval) + Double(rule.tolerance)
        // Exactly representable and far above any `now`, so the conversion and the sum cannot trap.
        let ceiling = Double(Int64(1) << 62)
        table.tats = tats.compactMapValues { tat in
            guard tat > now else { return nil }
            let used = min(1, Double(tat - now) / oldAllowance)
            return now &+ Int64(min(used * newAllowance, ceiling))
        }
        return table
    }

    /// Checks `id` at `now`; sweeps idle keys first when a new key meets a full table.
    mutating func check(_ id: Int64, now: Int64) -> Check {
        let stored = tats[id]
        let newTAT: Int64
        switch rule.conformance(tat: stored, now: now) {
        case .wait(let wait): return .limited(retryAfter: wait)
        case .allow(let allowed): newTAT = allowed
        }
        if stored == nil, tats.count >= maxKeys {
            sweepIfAllowed(now: now)
            if tats.count >= maxKeys { return .full }
        }
        return .allow(newTAT: newTAT)
    }

    /// Records an allowed event checked by `check`.
    mutating func commit(_ id: Int64, newTAT: Int64) {
        tats[id] = newTAT
    }

    /// Checks and, when allowed, records in one step.
    mutating func decide(_ id: Int64, now: Int64) -> Check {
        let result = check(id, now: now)
        if case .allow(let newTAT) = result { commit(id, newTAT: newTAT) }
        return result
    }

    /// Drops every idle key (TAT ≤ now); they would be treated as new anyway.
    mutating func sweep(now: Int64) {
        tats = tats.filter { $0.value > now }
    }

    private mutating func sweepIfAllowed(now: Int64) {
        guard now >= nextSweepAllowed else { return }
        nextSweepAllowed = now &+ Self.sweepBackoff
        sweep(now: now)
    }
}
