/// A rate and a burst: `{ "rate": "10/1m", "burst": 5 }`.
///
/// `burst` is how many events may arrive at once from an idle key; afterwards events are allowed at
/// `rate`. Over any span of `t` seconds a key gets at most `burst + rate·t` events. (GCRA tolerance
/// τ = T·(burst − 1): REFERENCE.md's τ = T·burst would allow one event more than `burst` at once.)
package struct RateRule: Sendable, Hashable {
    package var rate: RateSpec
    /// At least 1.
    package var burst: Int

    /// What the configuration accepts for `burst`.
    package static let burstRange = 1...100_000

    package init(rate: RateSpec, burst: Int) {
        self.rate = rate
        self.burst = max(1, burst)
    }

    /// A rule from literal text known to be valid (defaults, tests); traps on malformed text.
    package init(_ rate: String, burst: Int) {
        do {
            self.init(rate: try RateSpec(parsing: rate), burst: burst)
        } catch {
            preconditionFailure("invalid built-in rate: \(error)")
        }
    }

    /// GCRA emission interval T.
    var interval: Int64 { rate.intervalNanoseconds }

    /// GCRA tolerance τ = T·(burst − 1), saturating.
    var tolerance: Int64 {
        let (value, overflow) = interval.multipliedReportingOverflow(by: Int64(burst - 1))
        return overflow ? Int64.max / 2 : value
    }
}
