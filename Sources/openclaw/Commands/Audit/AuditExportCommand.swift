import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawStore

extension OpenClaw.Audit {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every audit record with its chain fields as JSON lines, for archiving or checking elsewhere."
        )

        @OptionGroup var options: ConfigOptions
        @Flag(help: "JSON lines (the only format; accepted for clarity).") var jsonl = false
        @Flag(help: "Same as --jsonl.") var json = false

        func run() async throws {
            let config = try options.load(checkSecrets: false)
            let records = try await options.withAdmin(config) { try await $0.store.auditRecords() }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .millisecondsSince1970
            for record in records {
                FileHandle.standardOutput.write(try encoder.encode(record) + Data("\n".utf8))
            }
        }
    }
}
