import ArgumentParser

extension OpenClaw {
    struct Secrets: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "secrets",
            abstract: "Create, check and rotate the secret files in secrets.dir.",
            discussion: """
                Each secret is a file named by its id, mode 0600, in a 0700 directory; a sidecar \
                \(".openclaw-secrets.json") records when each was written and its fingerprint, never its value.
                """,
            subcommands: [Init.self, Status.self, Validate.self, Rotate.self]
        )
    }
}
