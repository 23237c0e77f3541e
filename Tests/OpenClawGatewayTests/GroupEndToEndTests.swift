import OpenClawTesting
import Logging
import NIOHTTP1
import NIOCore
import OpenClawStore
import ModelSimulator
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawTelegram
import Testing
import TelegramSimulator

@Suite(.serialized) struct GroupEndToEndTests {
    typealias H = GatewayHarness

    static func allowGroup(_ document: inout JSONValue) {
        document.set([String(H.groupId): ["requireMention": true]], at: ["channels", "telegram", "groups"])
        document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "groupAllowFrom"])
    }

    @Test func groupMessagesNeedAMentionAndAnAllowedSender() async throws {
        try await H.withGateway(adjust: Self.allowGroup) { harness in
            let sim = harness.telegram
            sim.inject(sim.groupMessage(chatId: H.groupId, from: H.alice, text: "no mention here"))
            sim.inject(sim.groupMessage(chatId: H.groupId, from: H.bob, text: "bob mentions", mentionBot: true))
            sim.inject(sim.groupMessage(chatId: -100_999, from: H.alice, text: "other group", mentionBot: true))
            try await harness.waitUntilIdle()
            #expect(sim.sentMessages.isEmpty)
            #expect(harness.model.requestCount == 0)

            let mentioned = sim.groupMessage(chatId: H.groupId, from: H.alice, text: "what is 2+2?", mentionBot: true)
            sim.inject(mentioned)
            let reply = try await sim.waitForSent { $0.chatId == H.groupId }
            #expect(reply.text.contains("what is 2+2?"))
            #expect(reply.replyTo == mentioned.message?.messageId)
        }
    }

    @Test func replyToTheBotCountsButTheForumTopicTrapDoesNot() async throws {
        try await H.withGateway(adjust: Self.allowGroup) { harness in
            let sim = harness.telegram
            let botMessage = TelegramMessage(messageId: 77, from: sim.bot, chat: TelegramChat(id: H.groupId, type: .supergroup), date: 0, text: "earlier answer")
            var topicStart = TelegramMessage(messageId: 500, from: sim.bot, chat: TelegramChat(id: H.groupId, type: .supergroup, isForum: true), date: 0)
            topicStart.forumTopicCreated = PresenceMarker()

            sim.inject(sim.groupMessage(chatId: H.groupId, from: H.alice, text: "in a bot-made topic", replyTo: topicStart, threadId: 500, isForum: true))
            try await harness.waitUntilIdle()
            #expect(sim.sentMessages.isEmpty)

            sim.inject(sim.groupMessage(chatId: H.groupId, from: H.alice, text: "replying to you", replyTo: botMessage))
            let reply = try await sim.waitForSent { $0.chatId == H.groupId }
            #expect(reply.text.contains("replying to you"))
        }
    }

    @Test func groupMigrationCarriesTheAllowlistEntryOver() async throws {
        try await H.withGateway(adjust: Self.allowGroup) { harness in
            let sim = harness.telegram
            let newId: Int64 = -100_777_000
            var migration = sim.groupMessage(chatId: H.groupId, from: H.alice, text: "x")
            migration.message?.text = nil
            migration.message?.migrateToChatId = newId
            sim.inject(migration)
            try await harness.waitUntilIdle()

            sim.inject(sim.groupMessage(chatId: newId, from: H.alice, text: "after migration", mentionBot: true))
            let reply = try await sim.waitForSent { $0.chatId == newId }
            #expect(reply.text.contains("after migration"))
        }
    }

    @Test func editedMessagesAndBotsAreIgnored() async throws {
        try await H.withGateway(adjust: { document in
            Self.allowGroup(&document)
            document.set("open", at: ["channels", "telegram", "dmPolicy"])
            document.set(["*"], at: ["channels", "telegram", "allowFrom"])
        }) { harness in
            let sim = harness.telegram
            var edited = sim.privateMessage(from: H.alice, text: "edited text")
            edited.editedMessage = edited.message
            edited.message = nil
            sim.inject(edited)
            sim.inject(sim.privateMessage(from: TelegramUser(id: 4242, isBot: true, firstName: "OtherBot"), text: "bot talking"))
            try await harness.waitUntilIdle()
            #expect(sim.sentMessages.isEmpty)
            #expect(harness.model.requestCount == 0)
        }
    }

    @Test func aMigratedGroupKeepsItsSystemPrompt() async throws {
        try await H.withGateway(adjust: { document in
            document.set([String(H.groupId): ["requireMention": true, "systemPrompt": "You are the old group's pirate."]], at: ["channels", "telegram", "groups"])
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "groupAllowFrom"])
        }) { harness in
            let sim = harness.telegram
            let newId: Int64 = -100_777_001
            var migration = sim.groupMessage(chatId: H.groupId, from: H.alice, text: "x")
            migration.message?.text = nil
            migration.message?.migrateToChatId = newId
            sim.inject(migration)
            try await harness.waitUntilIdle()

            sim.inject(sim.groupMessage(chatId: newId, from: H.alice, text: "ahoy", mentionBot: true))
            _ = try await sim.waitForSent { $0.chatId == newId }
            let request = try #require(harness.model.requests.last)
            let system = request.system ?? request.turns.first { $0.role == "system" }?.content ?? ""
            #expect(system.contains("You are the old group's pirate."))
        }
    }
}

extension GroupEndToEndTests {
    /// The new supergroup's own service message (`migrate_from_chat_id`) records the move too, so
    /// access and the group's prompt follow whichever of the two messages Telegram delivers first.
    @Test func theSupergroupsMigrateFromMessageCarriesTheEntryAndPromptOver() async throws {
        try await H.withGateway(adjust: { document in
            document.set([String(H.groupId): ["requireMention": true, "systemPrompt": "You are the old group's pirate."]], at: ["channels", "telegram", "groups"])
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "groupAllowFrom"])
        }) { harness in
            let sim = harness.telegram
            let newId: Int64 = -100_777_002
            var migration = sim.groupMessage(chatId: newId, from: H.alice, text: "x")
            migration.message?.text = nil
            migration.message?.migrateFromChatId = H.groupId
            sim.inject(migration)
            sim.inject(sim.groupMessage(chatId: newId, from: H.alice, text: "ahoy again", mentionBot: true))
            _ = try await sim.waitForSent { $0.chatId == newId }
            let request = try #require(harness.model.requests.last)
            let system = request.system ?? request.turns.first { $0.role == "system" }?.content ?? ""
            #expect(system.contains("You are the old group's pirate."))
        }
    }
}
