import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawStore

extension OpenClaw.Audit {
    struct Tail: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the newest audit events; with -f, keep printing new ones.")

        @OptionGroup var options: ConfigOptions
        @Option(name: [.customShort("n"), .long], help: "How many of the newest events.") var lines = 20
        @Flag(name: .shortAndLong, help: "Follow: print events as they are written, until interrupted.") var follow = false
        @Flag(help: "One JSON object per line.") var json = false

        func run() async throws {
            let config = try options.load(checkSecrets: false)
            try await options.withAdmin(config) { admin in
                // Follow from the head as it is now, so -n 0 prints only what is written from here on.
                var last = try await admin.store.auditHead()?.seq ?? 0
                for record in try await admin.store.searchAudit(AuditQuery(limit: max(0, lines))) {
                    AuditPrinter.print(record, json: json)
                    last = max(last, record.seq)
                }
                guard follow else { return }
                while !Task.isCancelled {
                    try await Task.sleep(for: .milliseconds(500))
                    for record in try await admin.store.searchAudit(AuditQuery(afterSeq: last, limit: 1000)) {
                        AuditPrinter.print(record, json: json)
                        last = max(last, record.seq)
                    }
                }
            }
        }
    }
}
