import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawStore

extension OpenClaw {
    struct Usage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "usage",
            abstract: "Model usage and cost from the ledger, by user, model or day."
        )

        @OptionGroup var options: ConfigOptions
        @Option(help: "Only this Telegram user id.") var user: Int64?
        @Option(help: "Since how long ago (7d, 24h, 30m) or a date (2026-11-01).") var since = "7d"
        @Option(help: "Group by user, model or day.") var by: GroupingArgument = .day
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let config = try options.load(checkSecrets: false)
            guard let start = UsageReport.parseSince(since, now: Date()) else {
                printError("--since \(since): expected a duration such as 7d, 24h or 30m, or a date such as 2026-11-01")
                throw ExitCode(1)
            }
            let records = try await options.withAdmin(config) { try await $0.store.usageRecords(since: start, userId: user) }
            let report = UsageReport(records: records, by: by.grouping)
            if json {
                print(try Self.json(report, since: start))
            } else {
                print(Self.table(report, by: by.grouping, since: start))
            }
        }

        static func table(_ report: UsageReport, by grouping: UsageReport.Grouping, since: Date) -> String {
            var lines = ["Usage since \(since.formatted(.iso8601)) by \(grouping.rawValue)"]
            lines.append("\(pad(grouping.rawValue.uppercased(), 28)) \(pad("CALLS", 7)) \(pad("INPUT", 10)) \(pad("OUTPUT", 10)) \(pad("CACHE R/W", 14)) COST USD")
            for row in report.rows + [report.total] {
                let estimated = row.estimatedCalls > 0 ? "  (\(row.estimatedCalls) estimated)" : ""
                lines.append(
                    "\(pad(row.key, 28)) \(pad(String(row.calls), 7)) \(pad(String(row.inputTokens), 10)) \(pad(String(row.outputTokens), 10)) "
                        + "\(pad("\(row.cacheReadTokens)/\(row.cacheWriteTokens)", 14)) \(usd(row.costUsd))\(estimated)"
                )
            }
            return lines.joined(separator: "\n")
        }

        static func json(_ report: UsageReport, since: Date) throws -> String {
            func object(_ row: UsageReport.Row) -> [String: Any] {
                [
                    "key": row.key, "calls": row.calls, "inputTokens": row.inputTokens, "outputTokens": row.outputTokens,
                    "cacheReadTokens": row.cacheReadTokens, "cacheWriteTokens": row.cacheWriteTokens,
                    "estimatedCalls": row.estimatedCalls, "costUsd": (row.costUsd * 1_000_000).rounded() / 1_000_000,
                ]
            }
            let document: [String: Any] = [
                "since": since.formatted(.iso8601), "rows": report.rows.map(object), "total": object(report.total),
            ]
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }

        static func usd(_ value: Double) -> String {
            USDFormat.amount(value, decimals: 4)
        }
    }
}

enum GroupingArgument: String, ExpressibleByArgument, CaseIterable {
    case user, model, day

    var grouping: UsageReport.Grouping {
        switch self {
        case .user: .user
        case .model: .model
        case .day: .day
        }
    }
}
