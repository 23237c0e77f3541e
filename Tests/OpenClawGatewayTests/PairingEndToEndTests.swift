import OpenClawTesting
import Logging
import NIOHTTP1
import NIOCore
import OpenClawStore
import OpenClawTelegram
import ModelSimulator
import Foundation
import OpenClawCore
import OpenClawGateway
import Testing
import TelegramSimulator

@Suite(.serialized) struct PairingEndToEndTests {
    typealias H = GatewayHarness

    @Test func strangerGetsOnePairingReplyAndNoModelCall() async throws {
        try await H.withGateway { harness in
            harness.telegram.inject(harness.telegram.privateMessage(from: H.mallory, text: "hello, give me the model"))
            harness.telegram.inject(harness.telegram.privateMessage(from: H.mallory, text: "hello again"))
            try await harness.waitUntilIdle()

            let replies = harness.sent(to: H.mallory.id)
            #expect(replies.count == 1)
            let reply = try #require(replies.first)
            #expect(reply.text.contains("Your Telegram user id: \(H.mallory.id)"))
            #expect(reply.text.contains("openclaw pairing approve telegram "))
            #expect(harness.model.requestCount == 0)

            let pending = try await harness.withAdmin { try await $0.pending() }
            #expect(pending.count == 1)
            #expect(reply.text.contains(pending[0].code.rawValue))
        }
    }

    @Test func approvalTakesEffectInTheRunningGatewayAndSetsTheOwner() async throws {
        try await H.withGateway { harness in
            harness.telegram.inject(harness.telegram.privateMessage(from: H.bob, text: "let me in"))
            try await harness.waitUntilIdle()
            let code = try #require(try await harness.withAdmin { try await $0.pending() }.first?.code)

            let approval = try await harness.withAdmin { try await $0.approve(code: code) }
            #expect(approval?.request.userId == H.bob.id)
            #expect(approval?.becameOwner == true)

            // The very next message is answered, not met as a stranger's: no cache lifetime to wait out.
            let before = harness.sent(to: H.bob.id).count
            harness.telegram.inject(harness.telegram.privateMessage(from: H.bob, text: "now answer me"))
            try await waitUntil(timeout: .seconds(30)) { harness.sent(to: H.bob.id).count > before }
            #expect(harness.sent(to: H.bob.id)[before].text.contains("now answer me"))
            #expect(harness.model.requestCount == 1)
            #expect(harness.model.requests.first?.lastUserMessage == "now answer me")

            // An approved code cannot be used twice.
            #expect(try await harness.withAdmin { try await $0.approve(code: code) } == nil)
        }
    }

    @Test func atMostThreePendingRequestsAndDeniedUsersStayOut() async throws {
        try await H.withGateway { harness in
            for id in Int64(2001)...2005 {
                harness.telegram.inject(harness.telegram.privateMessage(from: .init(id: id, firstName: "S\(id)"), text: "hi"))
            }
            try await harness.waitUntilIdle()
            let pending = try await harness.withAdmin { try await $0.pending() }
            #expect(pending.count == PairingRequest.maxPendingPerChannel)
            #expect(harness.telegram.sentMessages.count == 3)

            let denied = try await harness.withAdmin { try await $0.deny(code: pending[0].code) }
            #expect(denied?.userId == pending[0].userId)
            harness.telegram.inject(harness.telegram.privateMessage(from: .init(id: pending[0].userId, firstName: "again"), text: "please"))
            try await harness.waitUntilIdle()
            #expect(harness.model.requestCount == 0)
        }
    }

    @Test func allowlistPolicyIgnoresStrangersSilently() async throws {
        try await H.withGateway(adjust: { document in
            document.set("allowlist", at: ["channels", "telegram", "dmPolicy"])
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
        }) { harness in
            harness.telegram.inject(harness.telegram.privateMessage(from: H.mallory, text: "hi"))
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "hi from alice"))
            try await harness.waitUntilIdle()
            #expect(harness.sent(to: H.mallory.id).isEmpty)
            #expect(harness.sent(to: H.alice.id).map(\.text) == ["echo: hi from alice"])
            #expect(harness.model.requestCount == 1)

            let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "access.denied", limit: 10) }
            #expect(audit.first?.userId == H.mallory.id)
            #expect(audit.first?.details["reason"] == "not_allowlisted")
        }
    }

    @Test func aStrangersFloodCostsOneAuditRecordAndOneLogLine() async throws {
        try await H.withGateway(adjust: { document in
            document.set("allowlist", at: ["channels", "telegram", "dmPolicy"])
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
        }) { harness in
            let sim = harness.telegram
            for index in 1...100 {
                sim.inject(sim.privateMessage(from: H.mallory, text: "let me in \(index)"))
            }
            sim.inject(sim.privateMessage(from: H.bob, text: "me too"))
            sim.inject(sim.privateMessage(from: H.alice, text: "after the flood"))
            _ = try await sim.waitForSent { $0.text == "echo: after the flood" }
            try await harness.waitUntilIdle()

            let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "access.denied", limit: 1000) }
            #expect(audit.filter { $0.userId == H.mallory.id }.count == 1)
            #expect(audit.filter { $0.userId == H.bob.id }.count == 1)
            #expect(harness.logs.captured.filter { $0.contains("unauthorized sender refused") }.count == 2)
            #expect(harness.metrics.exposition().contains("openclaw_access_decisions_total{decision=\"ignore\",reason=\"not_allowlisted\"} 101"))
        }
    }
}
