import OpenClawTesting
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram
import Testing
import TelegramSimulator

/// The runbook's "remove from allowFrom in config/openclaw.json" works on a running gateway: the
/// file is watched, a valid edit applies to the next message, a broken one changes nothing.
@Suite(.serialized) struct ConfigReloadEndToEndTests {
    typealias H = GatewayHarness
    static let owner = TelegramUser(id: 9000, firstName: "Owner")

    /// Alice and Bob on the allowlist, an owner to tell about refused edits.
    static func aliceAndBob(_ document: inout JSONValue) {
        document.set("allowlist", at: ["channels", "telegram", "dmPolicy"])
        document.set([.number(Double(H.alice.id)), .number(Double(H.bob.id))], at: ["channels", "telegram", "allowFrom"])
        document.set([.number(Double(owner.id))], at: ["commands", "ownerAllowFrom"])
    }

    static func removeBob(_ document: inout JSONValue) {
        document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
    }

    /// Runs `body` against a gateway that watches its config file, Alice and Bob allowed.
    func withWatchingGateway(
        checkEvery interval: Duration = .milliseconds(250), _ body: (GatewayHarness) async throws -> Void
    ) async throws {
        try await H.withGateway(watchConfig: true, adjust: Self.aliceAndBob, tune: { $0.configCheckInterval = interval }, body)
    }

    func say(_ text: String, from user: TelegramUser, in harness: GatewayHarness) {
        harness.telegram.inject(harness.telegram.privateMessage(from: user, text: text))
    }

    func answered(_ text: String, in harness: GatewayHarness) async throws {
        _ = try await harness.telegram.waitForSent { $0.text == "echo: " + text }
    }

    func modelSaw(_ text: String, in harness: GatewayHarness) -> Bool {
        harness.model.requests.contains { $0.lastUserMessage == text }
    }

    /// The audit trail, read through the configuration the gateway started with (the file may be broken now).
    func audits(_ kind: AuditKind, in harness: GatewayHarness) async throws -> [AuditEvent] {
        try await PairingAdmin.withStore(config: harness.gateway.config, logger: H.quiet) {
            try await $0.store.auditEvents(kindPrefix: kind.rawValue, limit: 50)
        }
    }

    func logged(_ message: String, in harness: GatewayHarness) -> [String] {
        harness.logs.captured.filter { $0.contains("\"msg\":\"\(message)") }
    }

    @Test func aUserRemovedFromAllowFromGetsNoModelCallWithoutSignalOrRestart() async throws {
        try await withWatchingGateway { harness in
            say("bob before", from: H.bob, in: harness)
            try await answered("bob before", in: harness)

            let saved = ContinuousClock.now
            try harness.sandbox.editConfig(Self.removeBob)
            try await waitUntil(timeout: .seconds(10), "the edit is applied") { !logged("configuration reloaded", in: harness).isEmpty }
            print("config reload: applied \(ContinuousClock.now - saved) after the save")

            say("bob after", from: H.bob, in: harness)
            say("alice after", from: H.alice, in: harness)
            try await answered("alice after", in: harness)
            try await harness.waitUntilIdle()
            #expect(!modelSaw("bob after", in: harness), "Bob's DM reached the model after he was removed")
            #expect(!harness.sent(to: H.bob.id).contains { $0.text == "echo: bob after" })

            let reloads = try await audits(.configReloaded, in: harness)
            #expect(reloads.map { $0.details["changed"] } == ["channels.telegram.allowFrom"])
            #expect(reloads.first?.details["trigger"] == "file")
            #expect(!reloads.contains { $0.details.values.contains { $0.contains(String(H.bob.id)) } }, "key paths only, never values")
        }
    }

    @Test func brokenEditsAreRefusedAndTheOldPolicyKeepsAnswering() async throws {
        try await withWatchingGateway { harness in
            let broken: [(name: String, write: (SandboxDeployment) throws -> Void, problem: String)] = [
                ("bad JSON", { try $0.writeRawConfig(#"{"channels": {"telegram": "#) }, "(file): not valid JSON"),
                ("unknown key", { try $0.editConfig { Self.removeBob(&$0); $0.set(true, at: ["channels", "telegram", "allowEveryone"]) } },
                 "channels.telegram.allowEveryone: unknown key"),
                ("open without *", { try $0.editConfig { Self.removeBob(&$0); $0.set("open", at: ["channels", "telegram", "dmPolicy"]) } },
                 "channels.telegram.dmPolicy: \\\"open\\\" lets anyone talk"),
            ]
            let original = try Data(contentsOf: URL(fileURLWithPath: harness.sandbox.configPath))
            func restore() async throws {
                let seen = logged("configuration file read again: no setting changed", in: harness).count
                try original.write(to: URL(fileURLWithPath: harness.sandbox.configPath), options: .atomic)
                try await waitUntil("the original file is read again") {
                    logged("configuration file read again: no setting changed", in: harness).count > seen
                }
            }
            for (index, edit) in broken.enumerated() {
                try edit.write(harness.sandbox)
                try await waitUntil("\(edit.name) is refused") { try await audits(.configRefused, in: harness).count == index + 1 }
                let refusal = logged("configuration change refused: the running configuration stays", in: harness)
                #expect(refusal.count == index + 1 && refusal.last?.contains(edit.problem) == true, "\(edit.name): \(refusal.last ?? "")")

                // Nothing of the refused file applies: Bob is still allowed, Mallory still refused.
                say("bob during \(edit.name)", from: H.bob, in: harness)
                say("mallory during \(edit.name)", from: H.mallory, in: harness)
                try await answered("bob during \(edit.name)", in: harness)
                try await harness.waitUntilIdle()
                #expect(!modelSaw("mallory during \(edit.name)", in: harness))
                try await restore()
            }
            let refusals = try await audits(.configRefused, in: harness)
            #expect(refusals.compactMap { $0.details["problems"] }.sorted() == ["(file)", "channels.telegram.allowEveryone", "channels.telegram.dmPolicy"])
            #expect(harness.metrics.exposition().contains(#"openclaw_config_reloads_total{result="refused"} 3"#))

            // The owners are told once per refused file: the same broken file saved again says nothing
            // new (shown by the notice about a later, different one arriving alone).
            try broken[2].write(harness.sandbox)
            try await waitUntil("the same file is refused again") { try await audits(.configRefused, in: harness).count == 4 }
            try await restore()
            try harness.sandbox.editConfig { $0.set("sometimes", at: ["channels", "telegram", "dmPolicy"]) }
            try await waitUntil("the owner is told about the new file") { harness.sent(to: Self.owner.id).count >= 4 }
            try await harness.waitUntilIdle()
            let notices = harness.sent(to: Self.owner.id).map(\.text)
            #expect(notices.count == 4, "\(notices)")
            #expect(notices.allSatisfy { $0.hasPrefix("The configuration file was changed, but the change was refused") })
            #expect(notices.last?.contains("channels.telegram.dmPolicy") == true)
        }
    }

    /// A refused edit is counted only once its audit record is written (ARCHITECTURE.md, "Decisions"):
    /// a dashboard must never show an event the audit trail cannot account for. The audit table is
    /// held write-locked until the refusal's record is seen waiting for it; the count is still 0 then.
    @Test func aRefusedEditIsCountedOnlyAfterItsAuditRecordIsWritten() async throws {
        try skipUnlessPostgres()
        let refusedOnce = #"openclaw_config_reloads_total{result="refused"} 1"#
        try await H.withGateway(watchConfig: true, postgres: true, adjust: Self.aliceAndBob, tune: { $0.configCheckInterval = .milliseconds(100) }) { harness in
            let schema = try #require(harness.sandbox.postgresSchema)
            try await PostgresSandbox.holdingWriteLock(on: "audit_events", in: schema) { waitingWrites in
                try harness.sandbox.writeRawConfig(#"{"channels": "#)
                try await waitUntil("the refusal's audit record waits for the lock") { try await waitingWrites() > 0 }
                #expect(!harness.metrics.exposition().contains(refusedOnce), "the refusal was counted before its audit record was written")
            }
            try await waitUntil("the refusal is counted once its audit record is written") { harness.metrics.exposition().contains(refusedOnce) }
            #expect(try await audits(.configRefused, in: harness).count == 1)
        }
    }

    @Test func aPortEditNeedsARestartWhileAnAllowFromEditInTheSameSaveApplies() async throws {
        try await withWatchingGateway { harness in
            try harness.sandbox.editConfig { document in
                Self.removeBob(&document)
                document.set(18_799, at: ["gateway", "port"])
            }
            try await waitUntil("the edit is applied") { !logged("configuration reloaded", in: harness).isEmpty }
            let warning = logged("configuration keys changed that need a restart: the running values stay until then", in: harness)
            #expect(warning.count == 1 && warning.first?.contains("gateway.port") == true)
            let reload = try #require(try await audits(.configReloaded, in: harness).first)
            #expect(reload.details["changed"] == "channels.telegram.allowFrom")
            #expect(reload.details["needsRestart"] == "gateway.port")
            #expect(harness.metrics.exposition().contains("openclaw_config_restart_pending 1"))

            say("bob after", from: H.bob, in: harness)
            say("alice after", from: H.alice, in: harness)
            try await answered("alice after", in: harness)
            try await harness.waitUntilIdle()
            #expect(!modelSaw("bob after", in: harness))
            #expect(try await harness.get("/healthz").status == 200, "still listening where it started")

            let check = try await OpenClawProcess.run(["config", "validate", "--against-running", "--config", harness.sandbox.configPath])
            #expect(check.status == 0, "\(check.error)")
            #expect(check.output.contains("needs a restart: gateway.port"), "\(check.output)")
            #expect(!check.output.contains("allowFrom"), "applied: \(check.output)")
        }
    }

    @Test func aRateLimitChangeDecidesTheNextMessage() async throws {
        try await withWatchingGateway { harness in
            try harness.sandbox.editConfig { $0.set(["rate": "1/1h", "burst": 1], at: ["limits", "perUser"]) }
            try await waitUntil("the strict limit is applied") { logged("configuration reloaded", in: harness).count == 1 }
            say("one", from: H.alice, in: harness)
            try await answered("one", in: harness)
            say("two", from: H.alice, in: harness)
            _ = try await harness.telegram.waitForSent { $0.chatId == H.alice.id && $0.text.contains("too fast") }
            #expect(!modelSaw("two", in: harness))

            try harness.sandbox.editConfig { $0.set(["rate": "1000/1s", "burst": 1000], at: ["limits", "perUser"]) }
            try await waitUntil("the loose limit is applied") { logged("configuration reloaded", in: harness).count == 2 }
            say("three", from: H.alice, in: harness)
            try await answered("three", in: harness)
        }
    }

    @Test func aNewFilterPatternThatDoesNotCompileRefusesTheReload() async throws {
        try await withWatchingGateway { harness in
            try harness.sandbox.editConfig { document in
                Self.removeBob(&document)
                document.set(["(unclosed"], at: ["contentFilter", "blockPatterns"])
            }
            try await waitUntil("the edit is refused") { try await audits(.configRefused, in: harness).count == 1 }
            #expect(try await audits(.configRefused, in: harness).first?.details["problems"] == "contentFilter.blockPatterns[0]")
            say("still here", from: H.bob, in: harness)
            try await answered("still here", in: harness)
        }
    }

    /// `channels.telegram.pacing` paces replies from the start, and a reload changes it.
    @Test func configuredPacingSpacesRepliesAndAReloadLiftsIt() async throws {
        try await H.withGateway(watchConfig: true, pacing: nil, adjust: { document in
            Self.aliceAndBob(&document)
            document.set(3000, at: ["channels", "telegram", "pacing", "perChatIntervalMs"])
        }) { harness in
            say("p1", from: H.alice, in: harness)
            say("p2", from: H.alice, in: harness)
            let first = try await harness.telegram.waitForSent { $0.text == "echo: p1" }
            let second = try await harness.telegram.waitForSent(timeout: .seconds(10)) { $0.text == "echo: p2" }
            #expect(second.time - first.time >= .milliseconds(2900), "spaced by the configured 3 s")

            try harness.sandbox.editConfig { $0.set(0, at: ["channels", "telegram", "pacing", "perChatIntervalMs"]) }
            try await waitUntil("the new pacing is applied") { !logged("configuration reloaded", in: harness).isEmpty }
            say("p3", from: H.alice, in: harness)
            say("p4", from: H.alice, in: harness)
            let third = try await harness.telegram.waitForSent(timeout: .seconds(10)) { $0.text == "echo: p3" }
            let fourth = try await harness.telegram.waitForSent(timeout: .seconds(10)) { $0.text == "echo: p4" }
            #expect(fourth.time - third.time < .milliseconds(2000), "no longer spaced")
        }
    }

    /// An `OPENCLAW_…` variable outranks the file: an edit it hides is named in the log, so an
    /// operator locking someone out is not left believing it worked.
    @Test func anEditToAKeyAnEnvironmentVariableSetsIsNamedAsNotUsed() async throws {
        let variable = ConfigOverrides.variableName(for: ["channels", "telegram", "allowFrom"])
        try await H.withGateway(
            watchConfig: true, adjust: Self.aliceAndBob, tune: { $0.environment = [variable: "\(H.alice.id),\(H.bob.id)"] }
        ) { harness in
            try harness.sandbox.editConfig(Self.removeBob)
            let warning = "configuration keys set by environment variables: the file's values for them are not used"
            try await waitUntil("the hidden edit is named") { !logged(warning, in: harness).isEmpty }
            let line = try #require(logged(warning, in: harness).first)
            #expect(line.contains("channels.telegram.allowFrom") && line.contains(variable), "\(line)")
            #expect(!line.contains("dmPolicy"), "only the keys a variable sets")

            say("bob still", from: H.bob, in: harness)
            try await answered("bob still", in: harness)
        }
    }
}
