import ArgumentParser
import AsyncHTTPClient
import OpenClawCore
import OpenClawFiles

extension OpenClaw.Secrets {
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace a secret (or all): generate or read the new value, check it, keep the old one for a grace window.",
            discussion: """
                The new value is checked (format, and live against Telegram or the provider unless --offline) \
                before it replaces the old one. The old value stays in NAME.previous (0600) for --grace-minutes \
                so a running gateway can accept both while it switches. Exit 0 all rotated, 1 something skipped or refused.
                """
        )

        @OptionGroup var options: SecretsOptions
        @Option(name: .customLong("secret-name"), help: "The secret to rotate.") var secretName: String?
        @Flag(help: "Rotate every secret the configuration uses.") var all = false
        @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false
        @Flag(name: .customLong("from-stdin"), help: "Read the new value from standard input (with --secret-name).") var fromStdin = false
        @Flag(help: "Skip the live check against Telegram or the provider.") var offline = false
        @Option(name: .customLong("grace-minutes"), help: "How long the previous value stays valid.") var graceMinutes = 10

        func validate() throws {
            guard (secretName != nil) != all else { throw ValidationError("give either --secret-name NAME or --all") }
            if fromStdin && all { throw ValidationError("--from-stdin reads one value: use it with --secret-name") }
            if graceMinutes < 0 { throw ValidationError("--grace-minutes must be 0 or more") }
        }

        func run() async throws {
            let context = try options.context()
            if let secretName { try SecretsInput.checkId(secretName) }
            do {
                try context.directory.prunePrevious(now: context.now)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            let ids = secretName.map { [$0] } ?? (context.config == nil ? context.directory.presentIds() : context.neededIds)
            var failed = false
            try await SecretsLiveCheck.withClient { httpClient in
                for id in ids {
                    let rotated = await rotate(id, context, httpClient: httpClient)
                    if !rotated { failed = true }
                }
            }
            if failed { throw ExitCode(1) }
        }

        /// True when rotated; every refusal is printed with its reason.
        private func rotate(_ id: String, _ context: SecretsContext, httpClient: HTTPClient) async -> Bool {
            guard let value = newValue(id, roles: context.roles(of: id)) else { return false }
            if case .invalid(let error) = KnownSecret.check(id: id, value: value, roles: context.roles(of: id)) {
                printError("\(id): refused: \(error); the current value is kept")
                return false
            }
            if !offline, let config = context.config {
                switch await SecretsLiveCheck.check(id: id, value: value, config: config, httpClient: httpClient) {
                case .failed(let reason):
                    printError("\(id): new value refused by the live check: \(reason); the current value is kept")
                    return false
                case .passed(let detail): Console.line("\(id): \(detail)")
                case .notApplicable: break
                }
            }
            if HiddenInput.isInteractive, !yes, !fromStdin, !Console.confirm("Replace \(id) now?", defaultYes: false) {
                Console.line("\(id): not replaced")
                return false
            }
            do {
                let stored = try context.directory.store(
                    id, value: value, now: context.now, maxAgeDays: context.policy.maxAgeDays, grace: .seconds(graceMinutes * 60)
                )
                let kept = stored.previousFingerprint.map { " (was \($0), kept as \(id).previous for \(graceMinutes) min)" } ?? ""
                Console.line("\(id): rotated, fingerprint \(stored.fingerprint)\(kept)")
                await SecretsAudit.record(.secretRotated, stored, context: context)
                return true
            } catch {
                printError("\(id): \(error)")
                return false
            }
        }

        private func newValue(_ id: String, roles: [SecretRole]) -> String? {
            if fromStdin { return try? SecretsInput.fromStdin(id) }
            if let generator = Self.generator(for: id, roles: roles) { return generator.generate() }
            if HiddenInput.isInteractive, let value = SecretsInput.prompt(id) { return value }
            printError("\(id): needs a new value from its issuer; run: openclaw secrets rotate --secret-name \(id) --from-stdin < file")
            return nil
        }

        /// The id's own generator, else the generator of the one role the configuration gives the file.
        private static func generator(for id: String, roles: [SecretRole]) -> SecretGenerator? {
            if let known = KnownSecret.named(id) { return known.generator }
            let distinct = Set(roles)
            return distinct.count == 1 ? distinct.first?.generator : nil
        }
    }
}
