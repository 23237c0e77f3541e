extension RateRule {
    /// GCRA for one event at `now` (nanoseconds) on a key whose theoretical arrival time is `tat`
    /// (nil or ≤ now when the key is idle).
    enum Conformance: Equatable {
        case allow(newTAT: Int64)
        case wait(Int64)
    }

    func conformance(tat stored: Int64?, now: Int64) -> Conformance {
        let tat = max(stored ?? now, now)
        let allowFrom = tat &- tolerance
        guard now >= allowFrom else { return .wait(allowFrom - now) }
        return .allow(newTAT: tat &+ interval)
    }

    /// What an idle key may spend at once: interval plus tolerance (saturating).
    package var allowance: Int64 {
        let (sum, overflow) = interval.addingReportingOverflow(tolerance)
        return overflow ? Int64.max / 2 : sum
    }

    /// The rule of limit notices: one per this rule's period, no burst.
    var noticeRule: RateRule {
        RateRule(rate: rate.oneEventPerPeriod, burst: 1)
    }
}
