import ArgumentParser
import OpenClawCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OpenClaw {
    struct Redact: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "redact",
            abstract: "Redact personal data and secrets from standard input to standard output.",
            discussion: """
                For sharing logs: docker compose logs openclaw | openclaw redact > incident-logs.txt. \
                Needs no configuration; with --config, its privacy.replacements are used.
                """
        )

        @Flag(help: "Replace secrets only, leaving personal data (emails, phones, …) in place.")
        var secretsOnly = false
        @Option(help: "Configuration file whose privacy.replacements to use.") var config: String?

        func run() async throws {
            var redaction: RedactionConfig = secretsOnly ? .secretsOnly : .all
            if let config {
                var options = ConfigOptions()
                options.config = config
                redaction = try options.load(checkSecrets: false).privacy.redaction(redaction)
            }
            var stream = StreamRedactor(redactor: Redactor(redaction))
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                // One read(2) per chunk, so a live `logs -f` pipe is redacted as it arrives.
                let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw ValidationError("cannot read standard input (errno \(errno))") }
                if count == 0 { break }
                try writeAll(stream.process(chunk[0..<count]))
            }
            try writeAll(stream.finish())
        }

        private func writeAll(_ bytes: [UInt8]) throws {
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + written, $0.count - written) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw ExitCode(74) }
                written += count
            }
        }
    }
}
