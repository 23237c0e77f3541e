/// A rate written as `<count>/<number><unit>`: `"10/1m"`, `"60/1h"`, `"30/1s"`, `"100/1d"`.
package struct RateSpec: Sendable, Hashable, CustomStringConvertible {
    /// Events allowed per period.
    package var count: Int64
    /// The period, in nanoseconds (always > 0).
    package var periodNanoseconds: Int64

    private static let units: [Character: Int64] = [
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000, "d": 86_400_000_000_000,
    ]

    /// Reads a rate string; zero or negative counts and periods, unknown units and overflow are refused.
    package init(parsing text: String) throws(RateSpecError) {
        func refuse(_ reason: String) -> RateSpecError { RateSpecError(text: text, reason: reason) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let unit = parts[1].last, let unitNanoseconds = Self.units[unit] else {
            throw refuse("not a rate")
        }
        let countText = parts[0], amountText = parts[1].dropLast()
        guard Self.isDigits(countText), Self.isDigits(amountText),
            let count = Int64(countText), let amount = Int64(amountText)
        else {
            throw refuse("count and period must be whole numbers without signs")
        }
        guard count > 0 else { throw refuse("the count must be greater than zero") }
        guard amount > 0 else { throw refuse("the period must be greater than zero") }
        let (period, overflow) = amount.multipliedReportingOverflow(by: unitNanoseconds)
        guard !overflow, period <= 366 * Self.units["d"]! else { throw refuse("the period must be at most 366 days") }
        guard count <= period / 1_000 else { throw refuse("the count is too large for the period (more than one per microsecond)") }
        self.count = count
        self.periodNanoseconds = period
    }

    /// Canonical text in the largest whole unit: `"10/1m"`, `"1/90s"`.
    package var description: String {
        for unit in ["d", "h", "m", "s"] as [Character] {
            let size = Self.units[unit]!
            if periodNanoseconds % size == 0 { return "\(count)/\(periodNanoseconds / size)\(unit)" }
        }
        return "\(count)/\(periodNanoseconds)ns"
    }

    /// Time between two events at the steady rate, rounded up so rounding never grants more.
    package var intervalNanoseconds: Int64 {
        (periodNanoseconds + count - 1) / count
    }

    /// The period as a `Duration`.
    package var period: Duration { .nanoseconds(periodNanoseconds) }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 12 && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
