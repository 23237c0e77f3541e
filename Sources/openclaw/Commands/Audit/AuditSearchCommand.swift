import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawStore

extension OpenClaw.Audit {
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Find audit events by kind, time and user.")

        @OptionGroup var options: ConfigOptions
        @Option(name: .customLong("type"), help: "Event kind or its start (access.denied, secret.).") var kind: String?
        @Option(help: "Since how long ago (7d, 24h, 30m) or a date (2026-11-01).") var since: String?
        @Option(help: "Events about this Telegram user id or in their direct chat.") var user: Int64?
        @Option(help: "At most this many (the newest).") var limit = 1000
        @Flag(help: "One JSON object per line.") var json = false

        func run() async throws {
            if let kind, !AuditKind.allCases.contains(where: { $0.rawValue.hasPrefix(kind) }) {
                printError("--type \(kind): no audit kind starts with this (kinds: \(AuditKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                throw ExitCode(1)
            }
            let start = try SinceArgument.parse(since)
            let config = try options.load(checkSecrets: false)
            let query = AuditQuery(kindPrefix: kind, since: start, userId: user, limit: max(0, limit))
            let records = try await options.withAdmin(config) { try await $0.store.searchAudit(query) }
            for record in records { AuditPrinter.print(record, json: json) }
        }
    }
}
