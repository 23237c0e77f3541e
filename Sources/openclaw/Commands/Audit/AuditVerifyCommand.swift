import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawFiles
import OpenClawGateway
import OpenClawStore

extension OpenClaw.Audit {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain and the signed checkpoints; exit 1 naming the first bad sequence number.",
            discussion: """
                Detects edited, deleted, reordered and inserted records, and records removed from the end up to \
                the last signed checkpoint. Checkpoints are checked with audit_signing_key and its .previous file.
                """
        )

        @OptionGroup var options: ConfigOptions
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let config = try options.load(checkSecrets: false)
            let log = AuditCheckpointLog(path: config.audit.checkpointPath(stateDir: config.state.dir))
            let (checkpoints, unreadable) = try log.read()
            let verifier = AuditVerifier(trustedKeys: trustedKeys(config))
            let records = try await options.withAdmin(config) { try await $0.store.auditRecords() }
            let result = verifier.verify(records: records, checkpoints: checkpoints, unreadableCheckpointLines: unreadable)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                encoder.dateEncodingStrategy = .iso8601
                var object = try JSONSerialization.jsonObject(with: encoder.encode(result)) as? [String: Any] ?? [:]
                object["intact"] = result.isIntact
                object["firstBadSeq"] = result.firstBadSeq
                print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self))
            } else {
                print(Self.text(result))
            }
            if !result.isIntact { throw ExitCode(1) }
        }

        /// The current signing key and the `.previous` one a rotation leaves behind.
        private func trustedKeys(_ config: OpenClawConfig) -> [AuditCheckpointVerifier] {
            let reader = SecretReader(directory: config.secrets.dir, environment: options.environment)
            var seeds: [String] = []
            do {
                seeds.append(try reader.read(config.audit.signingKey, for: "audit.signingKey"))
            } catch {
                printError("warning: \(error); checkpoints cannot be checked")
            }
            if config.audit.signingKey.source == .file,
               let previous = SecretDirectory(path: config.secrets.dir).previousValue(config.audit.signingKey.id) {
                seeds.append(previous)
            }
            return seeds.compactMap { try? AuditSigningKey(base64: $0).verifier }
        }

        static func text(_ result: AuditVerification) -> String {
            var lines: [String] = []
            let span = result.firstSeq.map { first in "seq \(first)…\(result.lastSeq ?? first)" } ?? "no records"
            if let bad = result.firstBadSeq {
                lines.append("Audit trail NOT intact: first bad sequence \(bad) (\(result.records) records, \(span)).")
                lines += result.problems.map { "  \($0)" }
            } else {
                lines.append("Audit trail intact: \(result.records) records, \(span).")
            }
            if let seq = result.lastCheckpointSeq, let time = result.lastCheckpointTime {
                lines.append("\(result.checkpointsChecked) signed checkpoints checked; the last covers seq \(seq) at \(time.formatted(.iso8601)).")
            }
            lines += result.warnings.map { "warning: \($0)" }
            return lines.joined(separator: "\n")
        }
    }
}
