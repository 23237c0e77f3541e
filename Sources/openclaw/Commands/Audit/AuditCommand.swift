import ArgumentParser

extension OpenClaw {
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Read and check the hash-chained audit trail.",
            discussion: "Event kinds are listed in docs/AUDIT.md.",
            subcommands: [Tail.self, Search.self, Export.self, Verify.self]
        )
    }
}
