import ArgumentParser
import OpenClawCore
import OpenClawFiles

extension OpenClaw.Secrets {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the secret files: prompts with echo off, or --from-stdin / --generate for automation.",
            discussion: "Secrets that already exist are kept; replace them with `secrets rotate`."
        )

        @OptionGroup var options: SecretsOptions
        @Option(name: .customLong("from-stdin"), help: ArgumentHelp("Read this secret's value from standard input.", valueName: "NAME"))
        var fromStdin: String?
        @Option(help: ArgumentHelp("Generate this secret with a CSPRNG.", valueName: "NAME"))
        var generate: String?

        func validate() throws {
            if fromStdin != nil && generate != nil { throw ValidationError("use either --from-stdin or --generate") }
        }

        func run() async throws {
            let context = try options.context()
            if let id = fromStdin ?? generate {
                try SecretsInput.checkId(id)
                try refuseExisting(id, context)
                let value = fromStdin != nil ? try SecretsInput.fromStdin(id) : try SecretsInput.generated(id)
                try await write(id, value, context)
                return
            }
            try await interactive(context)
        }

        private func interactive(_ context: SecretsContext) async throws {
            Console.line("Secrets directory: \(context.directory.path)")
            var skipped: [String] = []
            for id in context.neededIds {
                if case .present = context.directory.observe(id) {
                    Console.line("\(id): present, kept (replace it with `openclaw secrets rotate --secret-name \(id)`)")
                    continue
                }
                let value: String?
                if KnownSecret.named(id)?.isGeneratable == true, Console.confirm("\(id): generate a random value?", defaultYes: true) {
                    value = KnownSecret.named(id)?.generator?.generate()
                } else {
                    value = SecretsInput.prompt(id)
                }
                guard let value else {
                    Console.line("\(id): skipped")
                    skipped.append(id)
                    continue
                }
                try await write(id, value, context)
            }
            if !skipped.isEmpty {
                Console.line("Not written: \(skipped.joined(separator: ", ")). Run `openclaw secrets init` again when you have them.")
                throw ExitCode(1)
            }
        }

        private func refuseExisting(_ id: String, _ context: SecretsContext) throws {
            if case .present = context.directory.observe(id) {
                printError("\(context.directory.file(id)) exists; replace it with `openclaw secrets rotate --secret-name \(id)`")
                throw ExitCode(1)
            }
        }

        private func write(_ id: String, _ value: String, _ context: SecretsContext) async throws {
            let stored: SecretDirectory.Stored
            do {
                stored = try context.directory.store(id, value: value, now: context.now, maxAgeDays: context.policy.maxAgeDays)
            } catch {
                printError("refused: \(error)")
                throw ExitCode(1)
            }
            let note = KnownSecret.named(id) == nil ? " (unknown id: format not checked)" : ""
            Console.line("\(id): written to \(context.directory.file(id)) (mode 0600), fingerprint \(stored.fingerprint)\(note)")
            await SecretsAudit.record(.secretCreated, stored, context: context)
        }
    }
}
