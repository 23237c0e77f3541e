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
            static let configuration = CommandConfiguration(abstract: "List who may DM the bot and who is an owner, and where each grant is written.")
            @OptionGroup var options: ConfigOptions
            @Argument(help: "Channel (telegram).") var channel: ChannelName = .telegram

            func run() async throws {
                let config = try options.load(checkSecrets: false)
                let grants = try await options.withAdmin(config) { try await $0.grants() }
                if config.telegram.allowFrom.allowsEveryone {
                    print("Everyone may DM the bot (\"*\" in channels.telegram.allowFrom).")
                }
                if grants.isEmpty { print("No grants.") }
                for grant in grants {
                    print("\(pad(String(grant.userId), 13))  \(pad(grant.role.rawValue, 5))  \(Self.describe(grant.origin))")
                }
            }

            static func describe(_ origin: AccessGrant.Origin) -> String {
                switch origin {
                case .config(let keyPath):
                    "config  \(keyPath)"
                case .store(let source, let since):
                    "store   via \(source)" + (since.map { " since \($0.formatted(.iso8601))" } ?? "")
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
            static let configuration = CommandConfiguration(
                abstract: "Take every stored grant from a user (DM access and the owner role), effective for their next message."
            )
            @OptionGroup var options: ConfigOptions
            @Argument(help: "Channel (telegram).") var channel: ChannelName
            @Argument(help: "Numeric Telegram user id.") var userId: String

            func run() async throws {
                let id = try parseUserId(userId)
                let config = try options.load(checkSecrets: false)
                let revocation = try await options.withAdmin(config) { try await $0.remove(userId: id) }
                let stored = revocation.stored
                if stored.isEmpty {
                    print("\(id) had no stored grant.")
                } else {
                    let parts = [stored.accessEntries > 0 ? "DM access" : nil, stored.ownerRole ? "the owner role" : nil].compactMap { $0 }
                    print("Removed \(id): \(parts.joined(separator: " and ")). A running gateway applies it to their next message.")
                }
                guard revocation.configKeys.isEmpty else {
                    printError(
                        "\(id) is still granted by \(revocation.configKeys.joined(separator: " and ")) in \(options.path): "
                            + "remove the id there; the store cannot override the config."
                    )
                    throw ExitCode(1)
                }
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
