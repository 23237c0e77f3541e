import ArgumentParser
import OpenClawCore

extension OpenClaw {
    struct Health: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "health",
            abstract: "Ask the running gateway's /readyz on its own listener; exit 0 when ready.",
            discussion: """
                The container's HEALTHCHECK (the image has no curl). Prints one line: `ready: …` or \
                `not ready: <reason>`, and exits 1 when not ready or when nothing answers in time.
                """
        )

        @OptionGroup var options: ConfigOptions
        @Option(help: "Seconds to wait for the answer (1–60).") var timeout = 3

        func run() async throws {
            // Only the listener's address is needed: a secret problem shows in the gateway's own start.
            let config = try options.load(checkSecrets: false)
            let outcome = await ReadinessProbe(gateway: config.gateway, timeoutSeconds: timeout).check()
            print(outcome.line)
            if case .notReady = outcome { throw ExitCode(1) }
        }
    }
}
