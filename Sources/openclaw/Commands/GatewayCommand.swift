import ArgumentParser
import Logging
import OpenClawCore
import OpenClawGateway

extension OpenClaw {
    struct Gateway: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gateway",
            abstract: "Run the gateway: Telegram intake, access control, models, HTTP health and metrics."
        )

        @OptionGroup var options: ConfigOptions

        func run() async throws {
            let config = try options.load()
            let logSettings = LogSettings(config)
            let logger = Logger(label: "openclaw.gateway") { label in JSONLogHandler(label: label, settings: logSettings) }
            let gatewayOptions = GatewayOptions(
                environment: options.environment, logger: logger, configPath: options.path, logSettings: logSettings, handleSignals: true
            )
            let gateway: OpenClawGateway.Gateway
            do {
                gateway = try await .prepare(config: config, options: gatewayOptions)
            } catch {
                printError("openclaw gateway: \(error)")
                throw ExitCode(1)
            }
            try await gateway.run()
        }
    }
}
