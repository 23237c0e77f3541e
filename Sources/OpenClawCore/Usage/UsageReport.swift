#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Usage ledger lines summed by user, model or UTC day, for `openclaw usage`.
package struct UsageReport: Sendable, Equatable {
    package enum Grouping: String, Sendable, CaseIterable {
        case user
        case model
        case day
    }

    package struct Row: Sendable, Equatable {
        package var key: String
        package var calls: Int
        package var inputTokens: Int
        package var outputTokens: Int
        package var cacheReadTokens: Int
        package var cacheWriteTokens: Int
        /// Calls whose tokens the provider did not report and were estimated from characters.
        package var estimatedCalls: Int
        package var costUsd: Double

        init(key: String) {
            self.key = key
            calls = 0
            inputTokens = 0
            outputTokens = 0
            cacheReadTokens = 0
            cacheWriteTokens = 0
            estimatedCalls = 0
            costUsd = 0
        }

        mutating func add(_ record: UsageRecord) {
            calls += 1
            inputTokens += record.tokens.input
            outputTokens += record.tokens.output
            cacheReadTokens += record.tokens.cacheRead
            cacheWriteTokens += record.tokens.cacheWrite
            estimatedCalls += record.tokens.estimated ? 1 : 0
            costUsd += record.costUsd
        }
    }

    package var rows: [Row]
    package var total: Row

    package init(records: [UsageRecord], by grouping: Grouping) {
        var rows: [String: Row] = [:]
        var total = Row(key: "total")
        for record in records {
            let key = Self.key(for: record, grouping)
            rows[key, default: Row(key: key)].add(record)
            total.add(record)
        }
        self.rows = rows.values.sorted { $0.key < $1.key }
        self.total = total
    }

    static func key(for record: UsageRecord, _ grouping: Grouping) -> String {
        switch grouping {
        case .user: record.userId.map(String.init) ?? "-"
        case .model: "\(record.provider)/\(record.model)"
        case .day: UTCPeriod(containing: record.time).dayName
        }
    }

    /// `7d`, `24h`, `30m` before `now`, or an ISO 8601 date/time; nil when it is neither.
    package static func parseSince(_ text: String, now: Date) -> Date? {
        let units: [Character: TimeInterval] = ["d": 86_400, "h": 3_600, "m": 60]
        if let unit = text.last, let size = units[unit], let amount = Double(text.dropLast()) {
            // At most a century back: `1e300d` is not a time the store can hold.
            guard amount >= 0, amount * size <= 100 * 365 * 86_400 else { return nil }
            return now.addingTimeInterval(-amount * size)
        }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text + "T00:00:00Z", strategy: .iso8601)
    }
}
