import ArgumentParser
import OpenClawCore

@main
struct OpenClaw: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openclaw",
        abstract: "A security-hardened gateway between a Telegram bot and LLM providers.",
        version: OpenClawVersion.current,
        subcommands: [
            Gateway.self, Health.self, Simulate.self, Demo.self, Config.self, Pairing.self, Allowlist.self, Usage.self, Secrets.self, Redact.self, GDPR.self, Audit.self,
            History.self, Security.self, Backup.self, Restore.self,
        ]
    )
}
