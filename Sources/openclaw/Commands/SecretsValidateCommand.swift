import ArgumentParser
import OpenClawCore
import OpenClawFiles

extension OpenClaw.Secrets {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check each secret's format and permissions; with --live, try it against its service.",
            discussion: "Exit code as for `status`: 0 ok, 1 warnings, 2 a secret is refused, missing or fails the live check."
        )

        @OptionGroup var options: SecretsOptions
        @Flag(help: "Also call Telegram getMe and each provider with its key (needs a configuration).") var live = false

        func run() async throws {
            let context = try options.context()
            let metadata = try context.loadMetadata()
            if live && context.config == nil {
                throw ValidationError("--live needs a configuration (--config) to know where Telegram and the providers are")
            }
            var worst: Int32 = 0
            let ids = context.reportedIds
            if ids.isEmpty {
                printError("no secret files in \(context.directory.path)")
                throw ExitCode(2)
            }
            try await SecretsLiveCheck.withClient { httpClient in
                for id in ids {
                    // Format and permissions only: expiry is `status`'s business.
                    var status = context.status(of: id, metadata: metadata)
                    if status.state == .rotateSoon || status.state == .expired { status.state = .ok }
                    var line = "\(id): \(status.state.rawValue)" + (status.detail.map { " (\($0))" } ?? "")
                    var severity = status.state.severity
                    if live, severity < 2, let config = context.config, case .present(let value, _, _) = context.directory.observe(id) {
                        switch await SecretsLiveCheck.check(id: id, value: value, config: config, httpClient: httpClient) {
                        case .passed(let detail): line += "; live: \(detail)"
                        case .failed(let reason):
                            line += "; live check FAILED: \(reason)"
                            severity = 2
                        case .notApplicable: break
                        }
                    }
                    print(line)
                    worst = max(worst, Int32(severity))
                }
            }
            if worst != 0 { throw ExitCode(worst) }
        }
    }
}
