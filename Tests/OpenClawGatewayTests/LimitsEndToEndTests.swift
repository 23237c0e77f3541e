import OpenClawTesting
import Foundation
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram
import Testing
import TelegramSimulator

@Suite(.serialized) struct LimitsEndToEndTests {
    typealias H = GatewayHarness
    static let owner = TelegramUser(id: 9000, firstName: "Owner")

    /// Default per-user limits (10/1m, burst 5) instead of the harness's relaxed ones.
    static func defaultLimits(_ document: inout JSONValue) {
        document.set(["maxQueuedPerUser": 100], at: ["limits"])
        document.set(["*"], at: ["channels", "telegram", "allowFrom"])
        document.set("open", at: ["channels", "telegram", "dmPolicy"])
    }

    /// Model calls cost $0.10 a token here (no history is sent, so "q1" costs 1 + 2 tokens = $0.30).
    /// Alice alone, $1.00 a day, alerted at 50 %, $0.30 a call: the worst case (1 input token, 2
    /// output at $0.10 each) is what a call costs.
    static func aliceWithADollarADay(_ document: inout JSONValue) {
        expensive(&document)
        document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
        document.set(["perUserDailyUsd": 1, "alertAtPercent": 50], at: ["limits", "budgets"])
        document.set(["floorUsd": 1000], at: ["limits", "costSpike"])
        document.set(2, at: ["agents", "defaults", "maxTokens"])
    }

    static func expensive(_ document: inout JSONValue) {
        document.set([["id": "scripted", "cost": ["input": 100_000, "output": 100_000]]], at: ["models", "providers", "local", "models"])
        document.set([.number(Double(owner.id))], at: ["commands", "ownerAllowFrom"])
        document.set(0, at: ["agents", "defaults", "historyLimit"])
        // Exact token counts: no canary in a system prompt.
        document.set(false, at: ["privacy", "promptCanary"])
    }

    @Test func aFloodingUserIsCappedAndToldOnceWhileOthersAreAnswered() async throws {
        try await H.withGateway(adjust: Self.defaultLimits) { harness in
            let sim = harness.telegram
            let start = ContinuousClock.now
            for index in 0..<100 {
                sim.inject(sim.privateMessage(from: H.mallory, text: "flood \(index)"))
                if index % 40 == 0 { sim.inject(sim.privateMessage(from: H.bob, text: "normal \(index)")) }
            }
            try await harness.waitUntilIdle(timeout: .seconds(60))
            let elapsed = (ContinuousClock.now - start).components.seconds + 1
            let floodCalls = harness.model.requests.filter { $0.lastUserMessage?.hasPrefix("flood") == true }.count
            #expect(floodCalls <= 5 + Int((10.0 / 60.0 * Double(elapsed)).rounded(.up)))
            #expect(floodCalls >= 5)
            let notices = harness.sent(to: H.mallory.id).filter { $0.text.contains("too fast") }
            #expect(notices.count == 1)
            #expect(harness.sent(to: H.bob.id).map(\.text) == ["echo: normal 0", "echo: normal 40", "echo: normal 80"])
            #expect(harness.metrics.exposition().contains(#"openclaw_ratelimited_total{scope="user"}"#))
        }
    }

    @Test func aSenderWithAFullQueueHasFurtherMessagesDropped() async throws {
        try await H.withGateway(adjust: { document in
            document.set(["*"], at: ["channels", "telegram", "allowFrom"])
            document.set("open", at: ["channels", "telegram", "dmPolicy"])
            document.set(2, at: ["limits", "maxQueuedPerUser"])
        }) { harness in
            harness.model.setLatency(.milliseconds(300))
            let sim = harness.telegram
            for index in 0..<10 { sim.inject(sim.privateMessage(from: H.mallory, text: "queued \(index)")) }
            sim.inject(sim.privateMessage(from: H.bob, text: "not stuck"))
            _ = try await sim.waitForSent { $0.text == "echo: not stuck" }
            try await harness.waitUntilIdle()
            #expect(harness.sent(to: H.mallory.id).count == 3, "one in flight and two waiting; the rest dropped")
            #expect(harness.metrics.exposition().contains(#"openclaw_ratelimited_total{scope="queue"} 7"#))
        }
    }

    @Test func theGlobalLimitCapsModelCallsAcrossUsers() async throws {
        try await H.withGateway(adjust: { document in
            Self.defaultLimits(&document)
            document.set(["rate": "10/1m", "burst": 10], at: ["limits", "global"])
        }) { harness in
            let sim = harness.telegram
            for id in Int64(5000)..<5050 {
                sim.inject(sim.privateMessage(from: TelegramUser(id: id, firstName: "U\(id)"), text: "hello"))
            }
            try await harness.waitUntilIdle(timeout: .seconds(20))
            #expect(harness.model.requestCount <= 11)
            #expect(harness.model.requestCount >= 10)
            let busy = sim.sentMessages.filter { $0.text.contains("busy") }
            #expect(busy.count == 1, "one notice per window for the global scope")
        }
    }

    @Test func aThousandStrangersGetAtMostTheGlobalPairingReplyCap() async throws {
        try await H.withGateway { harness in
            let sim = harness.telegram
            for id in Int64(20_000)..<21_000 {
                sim.inject(sim.privateMessage(from: TelegramUser(id: id, firstName: "S"), text: "let me in"))
            }
            try await harness.waitUntilIdle(timeout: .seconds(30))
            #expect(sim.sentMessages.count <= 5)
            #expect(harness.model.requestCount == 0)
        }
    }

    @Test func aBudgetStopsModelCallsAtTheLimitAndAlertsOnce() async throws {
        try await H.withGateway(adjust: Self.aliceWithADollarADay) { harness in
            let sim = harness.telegram
            for index in 0..<6 {
                sim.inject(sim.privateMessage(from: H.alice, text: "q\(index)"))
                _ = try await sim.waitForSentMessages(count: sim.sentMessages.count + 1)
                try await harness.waitUntilIdle()
            }
            let replies = harness.sent(to: H.alice.id).map(\.text)
            #expect(harness.model.requestCount == 3, "$0.30 each: a fourth would pass the $1.00 cap, so it is not made")
            #expect(replies.suffix(2).allSatisfy { $0 == "You have used today's budget for this bot. It resets at 00:00 UTC." })

            let alerts = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "cost.alert", limit: 10) }
            #expect(alerts.compactMap { $0.details["kind"] }.sorted() == ["budget_exhausted", "budget_threshold"])
            let ownerDMs = harness.sent(to: Self.owner.id).map(\.text)
            #expect(ownerDMs.count == 2)
            #expect(ownerDMs.allSatisfy { $0.hasPrefix("Cost alert:") })
            #expect(harness.logs.captured.filter { $0.contains("cost alert") }.count == 2)
            let metrics = harness.metrics.exposition()
            #expect(metrics.contains(#"openclaw_cost_alerts_total{kind="budget_threshold"} 1"#))
            #expect(metrics.contains(#"openclaw_budget_limit_usd{scope="user_day"} 1"#))
        }
    }

    /// A cost alert is counted only once its audit record is written (ARCHITECTURE.md, "Decisions"):
    /// the audit table is held write-locked until the alert's record is seen waiting for it.
    @Test func aCostAlertIsCountedOnlyAfterItsAuditRecordIsWritten() async throws {
        try skipUnlessPostgres()
        let alertedOnce = #"openclaw_cost_alerts_total{kind="budget_threshold"} 1"#
        try await H.withGateway(postgres: true, adjust: Self.aliceWithADollarADay) { harness in
            let sim = harness.telegram
            sim.inject(sim.privateMessage(from: H.alice, text: "q0"))
            _ = try await sim.waitForSent { $0.text == "echo: q0" }
            try await harness.waitUntilIdle()
            let schema = try #require(harness.sandbox.postgresSchema)
            try await PostgresSandbox.holdingWriteLock(on: "audit_events", in: schema) { waitingWrites in
                // $0.60 of $1.00 spent: past the 50 % threshold.
                sim.inject(sim.privateMessage(from: H.alice, text: "q1"))
                try await waitUntil("the alert's audit record waits for the lock") { try await waitingWrites() > 0 }
                #expect(!harness.metrics.exposition().contains(alertedOnce), "the alert was counted before its audit record was written")
            }
            try await waitUntil("the alert is counted once its audit record is written") { harness.metrics.exposition().contains(alertedOnce) }
            let alerts = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "cost.alert", limit: 10) }
            #expect(alerts.compactMap { $0.details["kind"] } == ["budget_threshold"])
        }
    }

    @Test func aSpendSpikeRaisesTheSpikeAlert() async throws {
        try await H.withGateway(adjust: { document in
            Self.expensive(&document)
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
            document.set(["factor": 5, "floorUsd": 0.5, "windowMinutes": 60], at: ["limits", "costSpike"])
        }) { harness in
            let sim = harness.telegram
            sim.inject(sim.privateMessage(from: H.alice, text: "one"))
            try await harness.waitUntilIdle()
            var spikes = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "cost.alert", limit: 10) }
            #expect(spikes.isEmpty, "$0.30 is under the floor")
            for text in ["two", "three"] {
                sim.inject(sim.privateMessage(from: H.alice, text: text))
                try await harness.waitUntilIdle()
            }
            spikes = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "cost.alert", limit: 10) }
            #expect(spikes.map { $0.details["kind"] } == ["cost_spike"])
            #expect(harness.sent(to: Self.owner.id).count == 1)
        }
    }

    @Test func usageTotalsEqualTheProviderReportedUsage() async throws {
        try await H.withGateway(adjust: { document in
            Self.expensive(&document)
            document.set([.number(Double(H.alice.id)), .number(Double(H.bob.id))], at: ["channels", "telegram", "allowFrom"])
        }) { harness in
            let sim = harness.telegram
            let texts = ["a short one", "a somewhat longer question about lobsters", "and a third"]
            for (index, text) in texts.enumerated() {
                sim.inject(sim.privateMessage(from: index == 1 ? H.bob : H.alice, text: text))
                try await harness.waitUntilIdle()
            }
            // The simulator bills ⌈characters/4⌉ tokens each way; this config prices both at $0.10 per token.
            var expectedTokens = 0
            for text in texts {
                expectedTokens += ModelSimulator.tokens(forCharacters: text.count) + ModelSimulator.tokens(forCharacters: ("echo: " + text).count)
            }
            let run = try await OpenClawProcess.run(["usage", "--since", "1h", "--by", "user", "--json", "--config", harness.sandbox.configPath])
            #expect(run.status == 0, "\(run.error)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            let total = try #require(document["total"] as? [String: Any])
            #expect(total["calls"] as? Int == 3)
            #expect((total["inputTokens"] as? Int ?? 0) + (total["outputTokens"] as? Int ?? 0) == expectedTokens)
            let cost = try #require(total["costUsd"] as? Double)
            #expect(Int((cost * 100).rounded()) == expectedTokens * 10, "to the cent")
            #expect((document["rows"] as? [[String: Any]])?.count == 2)

            sim.inject(sim.privateMessage(from: H.alice, text: "/usage", entities: [MessageEntity(type: .botCommand, offset: 0, length: 6)]))
            let usage = try await sim.waitForSent { $0.text.hasPrefix("Your spend") }
            #expect(usage.text.contains("Today: $"))
        }
    }
}

/// Budgets reserve each call's worst case before it is made (issue: eight concurrent users under a
/// tiny cap all got a model call when budgets were only checked).
@Suite(.serialized) struct BudgetReservationEndToEndTests {
    typealias H = GatewayHarness
    static let users = (Int64(7001)...7008).map { TelegramUser(id: $0, firstName: "U\($0)") }

    static func concurrentUsers(globalDailyUsd: Double) -> (inout JSONValue) -> Void {
        { document in
            LimitsEndToEndTests.expensive(&document)
            document.set(2, at: ["agents", "defaults", "maxTokens"])
            document.set(.array(users.map { .number(Double($0.id)) }), at: ["channels", "telegram", "allowFrom"])
            document.set(["globalDailyUsd": .number(globalDailyUsd)], at: ["limits", "budgets"])
            document.set(["floorUsd": 1000], at: ["limits", "costSpike"])
        }
    }

    @Test func concurrentCallsUnderATinyCapAreNotMade() async throws {
        try await H.withGateway(adjust: Self.concurrentUsers(globalDailyUsd: 0.000001)) { harness in
            let sim = harness.telegram
            harness.model.setLatency(.milliseconds(300))
            for user in Self.users { sim.inject(sim.privateMessage(from: user, text: "q")) }
            try await harness.waitUntilIdle()
            #expect(harness.model.requestCount == 0)
            #expect(sim.sentMessages.filter { $0.text.contains("used today's budget") }.count == 8)
        }
    }

    @Test func concurrentCallsTogetherStayUnderTheCap() async throws {
        try await H.withGateway(adjust: Self.concurrentUsers(globalDailyUsd: 1.0)) { harness in
            let sim = harness.telegram
            harness.model.setLatency(.milliseconds(300))
            for user in Self.users { sim.inject(sim.privateMessage(from: user, text: "q")) }
            try await harness.waitUntilIdle()
            // Each call costs (and may cost at most) $0.30: three fit under $1.00, a fourth never starts.
            #expect(harness.model.requestCount == 3)
            let spent = try await harness.withAdmin { try await $0.store.usageTotals(since: .distantPast, userId: nil).costUsd }
            #expect(spent <= 1.0 + 1e-9)
            #expect(sim.sentMessages.filter { $0.text.contains("used today's budget") }.count == 5)
        }
    }
}
