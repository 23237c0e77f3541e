import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawStore

extension OpenClaw {
    struct GDPR: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gdpr",
            abstract: "Export or erase everything stored about one Telegram user.",
            subcommands: [Export.self, Erase.self]
        )

        struct Export: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write one JSON document with everything stored about the user (messages decrypted)."
            )
            @OptionGroup var options: ConfigOptions
            @Option(help: "Numeric Telegram user id.") var user: Int64
            @Option(help: "Write to this file (mode 0600) instead of standard output.") var out: String?

            func run() async throws {
                let config = try options.load(checkSecrets: false)
                let export = try await options.withPrivacyAdmin(config) { try await $0.export(userId: user) }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                let data = try encoder.encode(export) + Data("\n".utf8)
                guard let out else {
                    FileHandle.standardOutput.write(data)
                    return
                }
                guard FileManager.default.createFile(atPath: out, contents: data, attributes: [.posixPermissions: 0o600]) else {
                    printError("cannot write \(out)")
                    throw ExitCode(1)
                }
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: out)
                print("Wrote the export for user \(user) to \(out) (\(export.messages.count) messages).")
            }
        }

        struct Erase: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Delete the user's data; usage and audit rows are kept without their ids. Without --yes, only shows what would go."
            )
            @OptionGroup var options: ConfigOptions
            @Option(help: "Numeric Telegram user id.") var user: Int64
            @Flag(help: "Really erase.") var yes = false

            func run() async throws {
                let config = try options.load(checkSecrets: false)
                guard yes else {
                    let export = try await options.withPrivacyAdmin(config) { try await $0.export(userId: user) }
                    print(
                        """
                        Would erase for user \(user): \(export.accessEntries.count) access entries, \(export.pairingRequests.count) pairing requests, \
                        \(export.messages.count) messages, \(export.pendingUpdates.count) pending updates; \
                        \(export.usage.count) usage and \(export.auditEvents.count) audit rows would lose the user's id.
                        Nothing was changed. Re-run with --yes to erase.
                        """
                    )
                    throw ExitCode(1)
                }
                let erased = try await options.withPrivacyAdmin(config) { try await $0.erase(userId: user, requestedBy: "cli") }
                print(
                    """
                    Erased user \(user): \(erased.accessEntries) access entries, \(erased.pairingRequests) pairing requests, \
                    \(erased.messages) messages, \(erased.sessions) sessions, \(erased.pendingUpdates) pending updates; \
                    \(erased.usageAnonymised) usage and \(erased.auditAnonymised) audit rows anonymised.
                    """
                )
            }
        }
    }
}
