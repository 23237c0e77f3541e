import ArgumentParser
import AsyncHTTPClient
import Foundation
import OpenClawCore
import OpenClawFiles
import Foundation
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram

extension OpenClaw {
    struct Pairing: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pairing",
            abstract: "List, approve or deny pairing requests from Telegram users.",
            subcommands: [List.self, Approve.self, Deny.self]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List pending pairing requests.")
            @OptionGroup var options: ConfigOptions
            @Argument(help: "Channel (telegram).") var channel: ChannelName = .telegram

            func run() async throws {
                let config = try options.load(checkSecrets: false)
                let pending = try await options.withAdmin(config) { try await $0.pending() }
                if pending.isEmpty {
                    print("No pending pairing requests.")
                    return
                }
                print("CODE      USER ID        USERNAME            EXPIRES")
                for request in pending {
                    let name = request.username.map { "@\($0)" } ?? "-"
                    print("\(request.code)  \(pad(String(request.userId), 13))  \(pad(name, 18))  \(request.expiresAt.formatted(.iso8601))")
                }
            }
        }

        struct Approve: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Approve a pairing code: the user may then DM the bot.")
            @OptionGroup var options: ConfigOptions
            @Argument(help: "Channel (telegram).") var channel: ChannelName
            @Argument(help: "The 8-character pairing code.") var code: String
            @Flag(help: "Tell the user in Telegram that they were approved.") var notify = false

            func run() async throws {
                let config = try options.load(checkSecrets: notify)
                guard let pairingCode = PairingCode(code) else {
                    printError("not a pairing code: expected 8 characters from \(String(PairingCode.alphabet))")
                    throw ExitCode(1)
                }
                let approval = try await options.withAdmin(config) { try await $0.approve(code: pairingCode) }
                guard let approval else {
                    printError("no pending pairing request with code \(pairingCode) (it may have expired or been handled)")
                    throw ExitCode(1)
                }
                print("Approved Telegram user \(approval.request.userId).\(approval.becameOwner ? " They are now the owner." : "")")
                if notify {
                    try await notifyApproved(config, userId: approval.request.userId)
                }
            }

            private func notifyApproved(_ config: OpenClawConfig, userId: Int64) async throws {
                let token = try SecretReader(directory: config.secrets.dir, environment: options.environment)
                    .read(config.telegram.botToken, for: "channels.telegram.botToken")
                let httpClient = HTTPClient.withoutRedirects()
                let client = TelegramBotClient(token: token, apiRoot: config.telegram.apiRoot, httpClient: httpClient, logger: cliLogger())
                do {
                    _ = try await client.sendMessage(chatId: userId, text: "Your access was approved. Send a message to start.")
                    print("Notified the user.")
                } catch {
                    printError("approved, but notifying the user failed: \(error)")
                }
                try? await httpClient.shutdown()
            }
        }

        struct Deny: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Deny a pairing code.")
            @OptionGroup var options: ConfigOptions
            @Argument(help: "Channel (telegram).") var channel: ChannelName
            @Argument(help: "The 8-character pairing code.") var code: String

            func run() async throws {
                let config = try options.load(checkSecrets: false)
                guard let pairingCode = PairingCode(code) else {
                    printError("not a pairing code: expected 8 characters from \(String(PairingCode.alphabet))")
                    throw ExitCode(1)
                }
                let denied = try await options.withAdmin(config) { try await $0.deny(code: pairingCode) }
                guard let denied else {
                    printError("no pending pairing request with code \(pairingCode)")
                    throw ExitCode(1)
                }
                print("Denied Telegram user \(denied.userId).")
            }
        }
    }
}

/// The only channel so far; an argument so commands read like OpenClaw's (`pairing approve telegram CODE`).
enum ChannelName: String, ExpressibleByArgument, CaseIterable {
    case telegram
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
