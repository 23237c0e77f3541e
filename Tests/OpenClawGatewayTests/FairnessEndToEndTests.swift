import OpenClawTesting
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawTelegram
import TelegramSimulator
import Testing

/// One busy conversation, or many, cannot hold up another.
@Suite(.serialized) struct FairnessEndToEndTests {
    typealias H = GatewayHarness

    static func help(from user: TelegramUser, _ sim: TelegramSimulator) -> Update {
        sim.privateCommand(from: user, "/help")
    }

    @Test func aBusyGroupsChatterDoesNotDelayADirectMessage() async throws {
        try await H.withGateway(adjust: { document in
            document.set([String(H.groupId): ["requireMention": true]], at: ["channels", "telegram", "groups"])
            document.set([.number(Double(H.alice.id)), .number(Double(H.bob.id))], at: ["channels", "telegram", "groupAllowFrom"])
            document.set([.number(Double(H.bob.id))], at: ["channels", "telegram", "allowFrom"])
        }) { harness in
            let sim = harness.telegram
            harness.model.setLatency(.seconds(30))
            sim.inject(sim.groupMessage(chatId: H.groupId, from: H.alice, text: "a slow question", mentionBot: true))
            #expect(await harness.model.waitForRequests(count: 1))
            for index in 0..<70 {
                sim.inject(sim.groupMessage(chatId: H.groupId, from: index.isMultiple(of: 2) ? H.alice : H.bob, text: "chatter \(index)"))
            }
            let sent = ContinuousClock.now
            sim.inject(Self.help(from: H.bob, sim))
            // Well inside the 30 s model call it would otherwise wait behind, even on a busy machine.
            let help = try await sim.waitForSent(timeout: .seconds(20)) { $0.chatId == H.bob.id }
            print("fairness: /help answered \(help.time - sent) after it was sent, behind 70 unmentioned messages and a 30 s model call")
            #expect(help.text.contains("/help"))
            #expect(harness.sent(to: H.groupId).isEmpty, "the group's model call is still running")
            harness.model.setLatency(.zero)
        }
    }

    @Test func dozensOfSlowConversationsDoNotDelayAnother() async throws {
        try await H.withGateway(adjust: { document in
            document.set("open", at: ["channels", "telegram", "dmPolicy"])
            document.set(["*"], at: ["channels", "telegram", "allowFrom"])
        }) { harness in
            let sim = harness.telegram
            harness.model.setLatency(.seconds(30))
            for id in Int64(5000)..<5040 {
                sim.inject(sim.privateMessage(from: TelegramUser(id: id, firstName: "U\(id)"), text: "slow"))
            }
            #expect(await harness.model.waitForRequests(count: 8), "the model gate is full")
            sim.inject(Self.help(from: H.alice, sim))
            // Well inside the 30 s model calls it would otherwise wait behind, even on a busy machine.
            _ = try await sim.waitForSent(timeout: .seconds(20)) { $0.chatId == H.alice.id }
            #expect(sim.sentMessages.filter { $0.chatId >= 5000 && $0.chatId < 5040 }.isEmpty, "their calls are still running")
            harness.model.setLatency(.zero)
        }
    }
}
