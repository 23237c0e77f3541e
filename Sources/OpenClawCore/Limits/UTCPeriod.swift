#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// The UTC day and month containing an instant: bounds for ledger queries and names for alert keys.
package struct UTCPeriod: Sendable, Equatable {
    package var dayStart: Date
    package var dayEnd: Date
    package var monthStart: Date
    package var monthEnd: Date
    /// `2026-11-25`
    package var dayName: String
    /// `2026-11`
    package var monthName: String

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()

    package init(containing date: Date) {
        let calendar = Self.calendar
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 1970, month = parts.month ?? 1, day = parts.day ?? 1
        dayStart = calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? date
        dayEnd = dayStart.addingTimeInterval(86_400)
        monthStart = calendar.date(from: DateComponents(year: year, month: month, day: 1)) ?? date
        monthEnd = calendar.date(byAdding: .month, value: 1, to: monthStart) ?? monthStart.addingTimeInterval(31 * 86_400)
        monthName = "\(Self.padded(year, 4))-\(Self.padded(month, 2))"
        dayName = "\(monthName)-\(Self.padded(day, 2))"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
