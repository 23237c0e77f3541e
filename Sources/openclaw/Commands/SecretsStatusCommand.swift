import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawFiles

extension OpenClaw.Secrets {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Age, expiry and state of each secret.",
            discussion: "Exit code: 0 all ok; 1 warnings (rotate soon, unvalidated); 2 expired, invalid, bad permissions or missing."
        )

        @OptionGroup var options: SecretsOptions
        @Flag(help: "Print JSON instead of a table.") var json = false

        func run() async throws {
            let context = try options.context()
            let metadata = try context.loadMetadata()
            var statuses = context.reportedIds.map { context.status(of: $0, metadata: metadata) }
            var notes: [String] = []
            if let mode = context.directory.directoryMode, mode & 0o077 != 0 {
                notes.append("secrets directory \(context.directory.path) is mode \(String(mode, radix: 8)); run: chmod 700 \(context.directory.path)")
                statuses.append(SecretStatus(id: "(directory)", state: .badPermissions, detail: notes.last))
            }
            if statuses.isEmpty {
                notes.append("no secret files in \(context.directory.path)")
            }
            let code = statuses.isEmpty ? 2 : SecretStatus.exitCode(of: statuses)
            if json {
                print(try Self.json(statuses, directory: context.directory.path, exitCode: code))
            } else {
                print(Self.table(statuses))
                notes.forEach(printError)
            }
            if code != 0 { throw ExitCode(code) }
        }

        static func table(_ statuses: [SecretStatus]) -> String {
            let width = max(24, (statuses.map(\.id.count).max() ?? 0) + 2)
            var lines = [pad("SECRET", width) + pad("AGE", 8) + pad("EXPIRES IN", 12) + pad("FINGERPRINT", 13) + "STATE"]
            for status in statuses {
                let age = status.ageDays.map { "\($0)d" } ?? "-"
                let expires = status.expiresInDays.map { "\($0)d" } ?? "-"
                var line = pad(status.id, width) + pad(age, 8) + pad(expires, 12) + pad(status.fingerprint ?? "-", 13) + status.state.rawValue
                if let detail = status.detail { line += " (\(detail))" }
                lines.append(line)
            }
            return lines.joined(separator: "\n")
        }

        private struct Report: Encodable {
            var directory: String
            var exitCode: Int32
            var secrets: [SecretStatus]
        }

        static func json(_ statuses: [SecretStatus], directory: String, exitCode: Int32) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            return String(decoding: try encoder.encode(Report(directory: directory, exitCode: exitCode, secrets: statuses)), as: UTF8.self)
        }
    }
}
