import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawStore

extension OpenClaw {
    struct Config: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Check the configuration.",
            subcommands: [Validate.self]
        )

        struct Validate: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Validate the configuration and its secret files; exit 1 naming each problem.",
                discussion: """
                    With --against-running, also compare the file with what the gateway using the same state folder \
                    runs with: keys that need a restart, and keys it has not applied (yet, or because it refused the file).
                    """
            )

            @OptionGroup var options: ConfigOptions

            @Flag(name: .customLong("against-running"), help: "Compare with the configuration the running gateway recorded in the store.")
            var againstRunning = false

            func run() async throws {
                let config = try options.load()
                print("\(options.path): valid")
                print("  gateway: \(config.gateway.host):\(config.gateway.port)")
                print("  telegram: dmPolicy=\(config.telegram.dmPolicy.rawValue) groupPolicy=\(config.telegram.groupPolicy.rawValue) mode=\(config.telegram.webhookUrl == nil ? "polling" : "webhook")")
                print("  model: \(config.agents.model) fallbacks=[\(config.agents.fallbacks.map(\.description).joined(separator: ", "))]")
                print("  state: \(config.state.backend.rawValue)\(config.state.postgres.map { " tls=\($0.tls?.rawValue ?? "required off loopback")" } ?? "")")
                if let warning = config.state.plainTextWarning { print("warning: \(warning)") }
                if againstRunning { try await compareWithRunning(config) }
            }

            private func compareWithRunning(_ config: OpenClawConfig) async throws {
                let settings: [String: ConfigSetting]
                do {
                    settings = ConfigSetting.all(in: try ConfigLoader.document(from: ConfigLoader.read(path: options.path), environment: options.environment))
                } catch {
                    printError("\(options.path): \(error)")
                    throw ExitCode(1)
                }
                let record = try await options.withAdmin(config) { admin in try await RunningConfigRecord.load(from: admin.store) }
                guard let record else {
                    print("against the running gateway: none has recorded its configuration in \(config.state.dir)")
                    return
                }
                let differences = record.differences(from: settings)
                print("against the running gateway (recorded \(record.recordedAt.formatted(.iso8601))):")
                if differences.live.isEmpty && differences.needRestart.isEmpty {
                    print("  runs this file")
                }
                for path in differences.needRestart {
                    print("  needs a restart: \(path)")
                }
                for path in differences.live {
                    print("  not applied yet: \(path) (applied when the gateway reads the file; if it stays, see `openclaw audit search --type config.`)")
                }
            }
        }
    }
}
