import ArgumentParser
import Foundation
import Hummingbird
import Logging
import ModelSimulator
import TelegramSimulator

extension OpenClaw {
    struct Simulate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "simulate",
            abstract: "Run the Telegram simulator and the model simulator on chosen ports, for a gateway in a container.",
            discussion: """
                Prints `telegram URL token TOKEN`, `model URL` and `control URL`, then serves until SIGINT/SIGTERM. \
                Point channels.telegram.apiRoot and a provider's baseUrl at them. The model answers \
                `echo: <message> (<n> turns)`, n counting the conversation's user and assistant turns. \
                The control API (loopback only) drives a test: POST /dm?user=ID&text=T injects a DM; \
                GET /sent?chat=ID&count=N&timeout=S waits for the bot's N-th message to that chat and prints its text.
                """
        )

        @Option(help: "Address the two simulators listen on (e.g. a Docker bridge's gateway address).") var host = "127.0.0.1"
        @Option(help: "Telegram simulator port (0: any free port).") var telegramPort = 0
        @Option(help: "Model simulator port (0: any free port).") var modelPort = 0
        @Option(help: "Control API port on 127.0.0.1 (0: any free port).") var controlPort = 0
        @Option(help: "Also write the three lines to this file once everything listens.") var readyFile: String?

        func validate() throws {
            for (name, port) in [("--telegram-port", telegramPort), ("--model-port", modelPort), ("--control-port", controlPort)] where !(0...65535).contains(port) {
                throw ValidationError("\(name) must be between 0 and 65535")
            }
        }

        func run() async throws {
            let quiet = Logger(label: "simulator") { _ in SwiftLogNoOpLogHandler() }
            let telegram = try await TelegramSimulator.start(host: host, port: telegramPort, logger: quiet)
            let model: ModelSimulator
            do {
                model = try await ModelSimulator.start(host: host, port: modelPort, logger: quiet)
            } catch {
                await telegram.stop()
                throw error
            }
            model.setReply { request in
                "echo: \(request.lastUserMessage ?? "") (\(request.turns.filter { $0.role != "system" }.count) turns)"
            }
            let control = SimulatorControl(telegram: telegram)
            let readyFile = readyFile
            let app = Application(
                router: control.router(),
                configuration: .init(address: .hostname("127.0.0.1", port: controlPort), serverName: nil),
                onServerRunning: { channel in
                    let lines = """
                        telegram \(telegram.apiRoot) token \(telegram.token)
                        model \(model.baseURL)
                        control http://127.0.0.1:\(channel.localAddress?.port ?? 0)

                        """
                    Console.write(lines)
                    if let readyFile { try? Data(lines.utf8).write(to: URL(fileURLWithPath: readyFile), options: .atomic) }
                },
                logger: quiet
            )
            do {
                try await app.runService()
            } catch {
                await model.stop()
                await telegram.stop()
                throw error
            }
            await model.stop()
            await telegram.stop()
        }
    }
}
