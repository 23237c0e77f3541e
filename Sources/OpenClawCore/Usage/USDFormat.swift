/// Dollar amounts as text without ICU and without a conversion that can trap: any `Double`,
/// negative, huge or not finite, gives a line of text.
package enum USDFormat {
    /// `12.3456` with `decimals` places (0...6); beyond a trillion, or not finite, a plain description.
    package static func amount(_ value: Double, decimals: Int) -> String {
        let places = min(max(decimals, 0), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, abs(value) < 1e12, let units = Int64(exactly: scaled) else { return value.description }
        let divisor = Int64(scale)
        let whole = units / divisor
        let sign = value < 0 && units != 0 ? "-" : ""
        guard places > 0 else { return "\(sign)\(whole)" }
        let fraction = String(units % divisor)
        return "\(sign)\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }
}

extension USDFormat {
    /// `$12.35`: what users and owners read in replies and alerts.
    package static func dollars(_ value: Double) -> String {
        "$" + amount(value, decimals: 2)
    }
}
