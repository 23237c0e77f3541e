import ArgumentParser

extension OpenClaw {
    struct Security: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "security",
            abstract: "Check this deployment against the hardening docs/SECURITY.md describes.",
            subcommands: [Audit.self]
        )
    }
}
