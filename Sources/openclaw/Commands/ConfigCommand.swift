import ArgumentParser
import OpenClawCore

extension OpenClaw {
    struct Config: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Check the configuration.",
            subcommands: [Validate.self]
        )

        struct Validate: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Validate the configuration and its secret files; exit 1 naming each problem."
            )

            @OptionGroup var options: ConfigOptions

            func run() async throws {
                let config = try options.load()
                print("\(options.path): valid")
                print("  gateway: \(config.gateway.host):\(config.gateway.port)")
                print("  telegram: dmPolicy=\(config.telegram.dmPolicy.rawValue) groupPolicy=\(config.telegram.groupPolicy.rawValue) mode=\(config.telegram.webhookUrl == nil ? "polling" : "webhook")")
                print("  model: \(config.agents.model) fallbacks=[\(config.agents.fallbacks.map(\.description).joined(separator: ", "))]")
                print("  state: \(config.state.backend.rawValue)\(config.state.postgres.map { " tls=\($0.tls?.rawValue ?? "required off loopback")" } ?? "")")
                if let warning = config.state.plainTextWarning { print("warning: \(warning)") }
            }
        }
    }
}
