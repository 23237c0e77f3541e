import ArgumentParser
import Foundation
import OpenClawGateway
import OpenClawOperations

extension OpenClaw.Security {
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Findings with a stable check id and a severity: config, files, secrets, compose file, Dockerfile.",
            discussion: """
                Exit code: 0 when no critical finding remains, 2 when one does (1: the command itself failed). \
                --fix only narrows permissions (600 files, 700 folders, no group/other write on the config) and gives \
                secret files to their folder's owner; it prints every change and audits again. Check ids: docs/SECURITY.md.
                """
        )

        @Option(name: .long, help: "Configuration file (default: $OPENCLAW_CONFIG or config/openclaw.json).")
        var config: String?
        @Option(help: "Compose file (default: docker-compose.yml beside the config folder, else here).")
        var compose: String?
        @Option(help: "Dockerfile (default: found like the compose file).")
        var dockerfile: String?
        @Flag(help: "Also probe the running gateway: webhook without secret, /metrics without token, listener beyond loopback.")
        var deep = false
        @Flag(help: "Print JSON.") var json = false
        @Flag(help: "Tighten file permissions and secret ownership, printing each change.") var fix = false

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let audit = SecurityAudit(
                configPath: ConfigLoader.resolvePath(config, environment: environment), environment: environment,
                composePath: compose, dockerfilePath: dockerfile, deep: deep
            )
            var result = await audit.run()
            var applied: [String] = []
            if fix {
                for repair in result.repairs {
                    do {
                        try repair.apply()
                        applied.append(repair.description)
                        if !json { print("fixed: \(repair)") }
                    } catch {
                        printError("could not fix: \(error)")
                    }
                }
                if !applied.isEmpty { result = await audit.run() }
            }
            if json {
                print(try AuditReport(result: result, fixed: applied).json())
            } else {
                print(AuditReport.table(result.findings))
            }
            if result.hasCritical { throw ExitCode(2) }
        }
    }
}
