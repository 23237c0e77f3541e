import OpenClawTesting
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawTelegram
import SQLKit
import Synchronization
import Testing
import TelegramSimulator
@testable import OpenClawStore

/// `openclaw audit tail|search|export|verify` and `openclaw history`, run as separate processes
/// against the store and checkpoint file a real gateway left behind.
@Suite(.serialized) struct AuditCommandTests {
    typealias H = GatewayHarness

    /// Runs `body` against what a real gateway left behind: Alice allowed, Mallory given a pairing
    /// code, a stranger's group refused, a stored conversation, and the gateway stopped (writing its
    /// shutdown checkpoint). The simulators and the sandbox go when `body` ends.
    private static func withGatewayHistory(_ body: (GatewayHarness) async throws -> Void) async throws {
        try await H.withGateway { harness in
            _ = try await harness.withAdmin { try await $0.allow(userId: H.alice.id) }
            harness.telegram.inject(harness.telegram.privateMessage(from: H.mallory, text: "let me in"))
            harness.telegram.inject(harness.telegram.groupMessage(chatId: -100_777, from: H.bob, text: "hello", mentionBot: true))
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "call me on +44 20 7946 0958 about periwinkle"))
            try await harness.waitUntilIdle()
            try await harness.stopGateway()
            try await body(harness)
        }
    }

    private static func cli(_ harness: GatewayHarness, _ arguments: [String]) async throws -> OpenClawProcess.Result {
        try await OpenClawProcess.run(arguments + ["--config", harness.sandbox.configPath])
    }

    private static func verifyJSON(_ harness: GatewayHarness) async throws -> (status: Int32, document: [String: Any]) {
        let run = try await cli(harness, ["audit", "verify", "--json"])
        let document = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any] ?? [:]
        return (run.status, document)
    }

    @Test func verifyPassesOnACleanLogAndAfterAnErasure() async throws {
        try await Self.withGatewayHistory { harness in
            let checkpoints = harness.sandbox.stateDir + "/audit-checkpoints.jsonl"
            #expect(FileManager.default.fileExists(atPath: checkpoints))
            let clean = try await Self.verifyJSON(harness)
            #expect(clean.status == 0 && clean.document["intact"] as? Bool == true, "\(clean.document)")
            #expect(clean.document["lastCheckpointSeq"] as? Int == clean.document["lastSeq"] as? Int, "the shutdown checkpoint covers every event: \(clean.document)")

            let erase = try await Self.cli(harness, ["gdpr", "erase", "--user", String(H.mallory.id), "--yes"])
            #expect(erase.status == 0, "\(erase.error)")
            let afterErasure = try await Self.verifyJSON(harness)
            #expect(afterErasure.status == 0 && afterErasure.document["intact"] as? Bool == true, "\(afterErasure.document)")
            let mallory = try await Self.cli(harness, ["audit", "search", "--user", String(H.mallory.id), "--json"])
            #expect(mallory.status == 0 && mallory.output.isEmpty, "her events no longer name her")
        }
    }

    @Test func verifyNamesTheFirstRecordCutOffTheTail() async throws {
        try await Self.withGatewayHistory { harness in
            let checkpointed = try #require(try await Self.verifyJSON(harness).document["lastCheckpointSeq"] as? Int)
            // Cut the checkpointed head (and everything after it) straight out of SQLite.
            try await harness.withAdmin { admin in
                try await admin.store.exclusive("tamper") { sql in
                    try await sql.raw("DELETE FROM audit_events WHERE seq >= \(literal: checkpointed)").run()
                }
            }
            let cut = try await Self.cli(harness, ["audit", "verify"])
            #expect(cut.status == 1)
            #expect(cut.output.contains("NOT intact: first bad sequence \(checkpointed)"), "\(cut.output)")
            #expect(cut.output.contains("truncated"))
        }
    }

    @Test func tailSearchAndExportReadTheChain() async throws {
        try await Self.withGatewayHistory { harness in
            let search = try await Self.cli(harness, ["audit", "search", "--type", "access.", "--since", "1h", "--json"])
            #expect(search.status == 0, "\(search.error)")
            let denied = search.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            #expect(denied.map { $0["kind"] as? String } == ["access.denied"])
            #expect(denied.first?["chatId"] as? Int == -100_777)

            let pairing = try await Self.cli(harness, ["audit", "search", "--type", "pairing", "--user", String(H.mallory.id)])
            #expect(pairing.output.contains("pairing.created") && pairing.output.contains("user=\(H.mallory.id)"))
            let unknown = try await Self.cli(harness, ["audit", "search", "--type", "nonsense"])
            #expect(unknown.status == 1 && unknown.error.contains("no audit kind starts with this"))

            let tail = try await Self.cli(harness, ["audit", "tail", "-n", "2"])
            let lines = tail.output.split(separator: "\n")
            // The two chats are handled concurrently, so their order is not fixed.
            #expect(lines.count == 2 && lines.contains { $0.contains("pairing.created") } && lines.contains { $0.contains("access.denied") }, "\(tail.output)")

            let export = try await Self.cli(harness, ["audit", "export", "--jsonl"])
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .millisecondsSince1970
            let exported = export.output.split(separator: "\n").compactMap { try? decoder.decode(AuditRecord.self, from: Data($0.utf8)) }
            let stored = try await harness.withAdmin { try await $0.store.auditRecords() }
            #expect(exported.map(\.hash) == stored.map(\.hash) && exported.count >= 3)
        }
    }

    @Test func historyIsRedactedUnlessAskedAndEveryLookIsAudited() async throws {
        try await Self.withGatewayHistory { harness in
            let redacted = try await Self.cli(harness, ["history", "--user", String(H.alice.id), "--since", "24h"])
            #expect(redacted.status == 0, "\(redacted.error)")
            #expect(redacted.output.contains("periwinkle") && !redacted.output.contains("7946"), "\(redacted.output)")
            let plain = try await Self.cli(harness, ["history", "--chat", String(H.alice.id), "--unredacted", "--json"])
            #expect(plain.output.contains("+44 20 7946 0958") && plain.output.contains("echo: call me"))
            let neither = try await Self.cli(harness, ["history"])
            #expect(neither.status != 0 && neither.error.contains("exactly one of --chat ID or --user ID"))

            let looks = try await harness.withAdmin { try await $0.store.searchAudit(AuditQuery(kindPrefix: "history.viewed")) }
            #expect(looks.count == 2)
            #expect(looks.map { $0.detailValues["unredacted"] } == ["false", "true"])
            #expect(looks.allSatisfy { $0.detailValues["operator"]?.contains("uid") == true })
            #expect(looks.map(\.userId) == [H.alice.id, nil] && looks.map(\.chatId) == [nil, H.alice.id])
            #expect(!looks.contains { $0.details.contains("periwinkle") || $0.details.contains(String(H.alice.id)) })
        }
    }

    @Test func tailFollowPrintsEventsAsTheyAreWritten() async throws {
        try await Self.withGatewayHistory { harness in
        let output = Mutex("")
        let process = Process()
        process.executableURL = OpenClawProcess.executable
        process.arguments = ["audit", "tail", "-f", "-n", "0", "--json", "--config", harness.sandbox.configPath]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.withLock { $0 += text }
        }
        do {
            try process.run()
            // Written from another connection while `tail -f` runs: it must show up without a restart.
            // (When `tail` is still starting, a write can land before its first read: write until one shows.)
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline, !output.withLock({ $0.contains("allowlist.removed") }) {
                _ = try await harness.withAdmin { admin in
                    _ = try await admin.allow(userId: H.bob.id)
                    return try await admin.remove(userId: H.bob.id)
                }
                try await Task.sleep(for: .milliseconds(700))
            }
            let text = output.withLock { $0 }
            #expect(text.contains(#""kind":"allowlist.removed""#), "\(text)")
            #expect(!text.contains("pairing.created"), "-n 0 prints no older events")
        } catch {
            process.terminate()
            throw error
        }
        process.terminate()
        process.waitUntilExit()
        pipe.fileHandleForReading.readabilityHandler = nil
        }
    }
}
