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
            let level = Logger.Level(rawValue: config.logging.level) ?? .info
            let redactor = Redactor(config.privacy.redaction(.all))
            let logger = Logger(label: "openclaw.gateway") { label in JSONLogHandler(label: label, level: level, redactor: redactor) }
            let gatewayOptions = GatewayOptions(environment: options.environment, logger: logger, handleSignals: true)
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
