import ArgumentParser
import OpenClawCore
import Foundation
import OpenClawGateway
import OpenClawStore

extension OpenClaw {
    struct Allowlist: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "allowlist",
            abstract: "Manage run-time DM grants (on top of channels.telegram.allowFrom).",
            subcommands: [List.self, Add.self, Remove.self]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List users allowed to DM the bot.")
            @OptionGroup var options: ConfigOptions
            @Argument(help: "Channel (telegram).") var channel: ChannelName = .telegram

            func run() async throws {
                let config = try options.load(checkSecrets: false)
                let entries = try await options.withAdmin(config) { try await $0.allowList() }
                let fromConfig = config.telegram.allowFrom
                print("From config (channels.telegram.allowFrom): \(fromConfig.allowsEveryone ? "* (everyone)" : fromConfig.ids.sorted().map(String.init).joined(separator: ", "))")
                print("Granted at run time:")
                if entries.isEmpty { print("  none") }
                for entry in entries {
                    print("  \(pad(String(entry.userId), 13))  via \(pad(entry.source, 8))  since \(entry.addedAt.formatted(.iso8601))")
                }
            }
        }

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Allow a Telegram user id to DM the bot.")
            @OptionGroup var options: ConfigOptions
            @Argument(help: "Channel (telegram).") var channel: ChannelName
            @Argument(help: "Numeric Telegram user id (the user sees it with /whoami).") var userId: String

            func run() async throws {
                let id = try parseUserId(userId)
                let config = try options.load(checkSecrets: false)
                let added = try await options.withAdmin(config) { try await $0.allow(userId: id) }
                print(added ? "Allowed \(id)." : "\(id) was already allowed.")
            }
        }

        struct Remove: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Withdraw a run-time DM grant.")
            @OptionGroup var options: ConfigOptions
            @Argument(help: "Channel (telegram).") var channel: ChannelName
            @Argument(help: "Numeric Telegram user id.") var userId: String

            func run() async throws {
                let id = try parseUserId(userId)
                let config = try options.load(checkSecrets: false)
                let removed = try await options.withAdmin(config) { try await $0.remove(userId: id) }
                if config.telegram.allowFrom.ids.contains(id) {
                    print("Note: \(id) is also listed in channels.telegram.allowFrom; remove it there too.")
                }
                print(removed ? "Removed \(id)." : "\(id) had no run-time grant.")
            }
        }
    }
}

func parseUserId(_ text: String) throws -> Int64 {
    switch AllowList.parseEntry(text) {
    case .success(let id?):
        return id
    case .success(nil):
        printError("\"*\" cannot be added here; use dmPolicy \"open\" with \"*\" in channels.telegram.allowFrom")
        throw ExitCode(1)
    case .failure(let reason):
        printError("\(text): \(reason.message)")
        throw ExitCode(1)
    }
}
