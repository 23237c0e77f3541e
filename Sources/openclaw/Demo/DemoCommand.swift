import ArgumentParser

extension OpenClaw {
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Run the real gateway against a local Telegram simulator and a scripted model (no keys, no network)."
        )

        @Flag(help: "Also print the gateway's JSON log lines.") var verbose = false

        func run() async throws {
            let scenario = try await DemoScenario.start(verbose: verbose)
            let passed: Bool
            do {
                passed = try await scenario.play()
            } catch {
                await scenario.stop()
                printError("demo failed: \(error)")
                throw ExitCode(1)
            }
            await scenario.stop()
            if !passed { throw ExitCode(1) }
        }
    }
}
