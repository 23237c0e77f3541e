import OpenClawCore
import OpenClawTelegram
import Testing

@Suite("Update → InboundMessage")
struct InboundMappingTests {
    func inbound(_ update: Update) throws -> InboundMessage {
        try #require(update.inbound(botId: Fixtures.botId, botUsername: Fixtures.botUsername))
    }

    @Test func mapsAPrivateCommand() throws {
        let message = try inbound(Fixtures.decodeUpdate(UpdateDecodingTests.privateText))
        #expect(message.kind == .message)
        #expect(message.chatKind == .direct)
        #expect(message.chatId == 1001)
        #expect(message.senderId == 1001)
        #expect(message.senderUsername == "alice")
        #expect(message.command == "/start")
        #expect(message.addressesBot)
        #expect(message.text == "/start@OpenClaw_Test_Bot hello")
        #expect(message.threadId == nil)
    }

    @Test func plainGroupTextDoesNotAddressTheBot() throws {
        let message = try inbound(Fixtures.groupUpdate("hello everyone, ask openclaw_test_bot"))
        #expect(message.chatKind == .group)
        #expect(!message.addressesBot)
        #expect(message.command == nil)
    }

    @Test(arguments: ["@OpenClaw_Test_Bot", "@openclaw_test_bot", "@OPENCLAW_TEST_BOT"])
    func mentionIsCaseInsensitive(mention: String) throws {
        let text = "hey \(mention) what's up"
        let update = Fixtures.groupUpdate(text, entities: [Fixtures.entity(.mention, mention, in: text)])
        #expect(try inbound(update).addressesBot)
    }

    @Test func mentionOfAnotherUserDoesNotAddress() throws {
        let text = "hey @OpenClaw_Test_Bot2 and @alice"
        let entities = [
            Fixtures.entity(.mention, "@OpenClaw_Test_Bot2", in: text),
            Fixtures.entity(.mention, "@alice", in: text),
        ]
        #expect(try !inbound(Fixtures.groupUpdate(text, entities: entities)).addressesBot)
    }

    @Test func mentionOffsetsCountUTF16Units() throws {
        // Each emoji before the mention is two UTF-16 units (one Character): counting
        // Characters would read the entity two or more units too early.
        let text = "👩‍👩‍👧‍👦🇫🇷😀 @openclaw_test_bot help"
        let entity = Fixtures.entity(.mention, "@openclaw_test_bot", in: text)
        #expect(entity.offset == 11 + 4 + 2 + 1)
        #expect(try inbound(Fixtures.groupUpdate(text, entities: [entity])).addressesBot)

        var shiftedByCharacters = entity
        shiftedByCharacters.offset = 4  // what Array(text) would give: a wrong span, no match
        #expect(try !inbound(Fixtures.groupUpdate(text, entities: [shiftedByCharacters])).addressesBot)
    }

    @Test func entityPastTheEndIsIgnored() throws {
        let update = Fixtures.groupUpdate("short", entities: [MessageEntity(type: .mention, offset: 3, length: 40)])
        #expect(try !inbound(update).addressesBot)
    }

    /// `offset + length` used to overflow (and trap) on an offset near `Int.max`.
    @Test func entitySpansThatWouldOverflowAreIgnored() throws {
        let spans = [(Int.max, 1), (1, Int.max), (Int.max, Int.max), (-1, 3), (2, -1), (Int.min, Int.max)]
        for (offset, length) in spans {
            let update = Fixtures.groupUpdate("/help@OpenClaw_Test_Bot", entities: [MessageEntity(type: .botCommand, offset: offset, length: length)])
            #expect(try !inbound(update).addressesBot)
            #expect(try inbound(update).command == nil)
        }
    }

    @Test func textMentionMatchesByUserId() throws {
        let text = "ping Bot please"
        let ours = Fixtures.entity(.textMention, "Bot", in: text, user: Fixtures.bot)
        let theirs = Fixtures.entity(.textMention, "Bot", in: text, user: Fixtures.otherBot)
        #expect(try inbound(Fixtures.groupUpdate(text, entities: [ours])).addressesBot)
        #expect(try !inbound(Fixtures.groupUpdate(text, entities: [theirs])).addressesBot)
    }

    @Test func commandAddressedToUsIsParsedAndAddresses() throws {
        let text = "/New@openclaw_test_bot now"
        let message = try inbound(Fixtures.groupUpdate(text, entities: [Fixtures.entity(.botCommand, "/New@openclaw_test_bot", in: text)]))
        #expect(message.command == "/new")
        #expect(message.addressesBot)
    }

    @Test func bareCommandIsACommandButNotAMention() throws {
        let text = "/help"
        let message = try inbound(Fixtures.groupUpdate(text, entities: [Fixtures.entity(.botCommand, "/help", in: text)]))
        #expect(message.command == "/help")
        #expect(!message.addressesBot)
    }

    @Test func commandForAnotherBotIsNeitherCommandNorAddress() throws {
        let text = "/start@other_bot"
        let message = try inbound(Fixtures.groupUpdate(text, entities: [Fixtures.entity(.botCommand, text, in: text)]))
        #expect(message.command == nil)
        #expect(!message.addressesBot)
    }

    @Test func commandNotAtTheStartIsNoCommand() throws {
        let text = "please /reset"
        let message = try inbound(Fixtures.groupUpdate(text, entities: [Fixtures.entity(.botCommand, "/reset", in: text)]))
        #expect(message.command == nil)
    }

    @Test func replyToTheBotAddressesIt() throws {
        let botMessage = TelegramMessage(messageId: 40, from: Fixtures.bot, chat: Fixtures.group, date: 1, text: "answer")
        #expect(try inbound(Fixtures.groupUpdate("thanks", replyTo: botMessage)).addressesBot)
        let aliceMessage = TelegramMessage(messageId: 41, from: Fixtures.alice, chat: Fixtures.group, date: 1, text: "q")
        #expect(try !inbound(Fixtures.groupUpdate("thanks", replyTo: aliceMessage)).addressesBot)
    }

    @Test func forumTopicTrapDoesNotCountAsReply() throws {
        // The bot opened topic 99; Telegram makes every message in it "reply" to the topic's
        // creation message, which is from the bot.
        let topicCreated = TelegramMessage(
            messageId: 99, messageThreadId: 99, from: Fixtures.bot, chat: Fixtures.forum, date: 1,
            forumTopicCreated: PresenceMarker()
        )
        let message = try inbound(
            Fixtures.groupUpdate("just chatting", chat: Fixtures.forum, threadId: 99, isTopicMessage: true, replyTo: topicCreated)
        )
        #expect(!message.addressesBot)
        #expect(message.threadId == 99)

        // Same trap without the marker (older clients): the reply target is the thread's root.
        var rootOnly = topicCreated
        rootOnly.forumTopicCreated = nil
        let second = try inbound(
            Fixtures.groupUpdate("still chatting", chat: Fixtures.forum, threadId: 99, isTopicMessage: true, replyTo: rootOnly)
        )
        #expect(!second.addressesBot)

        // A genuine reply to a bot message inside the topic still addresses it.
        let answer = TelegramMessage(messageId: 130, messageThreadId: 99, from: Fixtures.bot, chat: Fixtures.forum, date: 2, text: "hi")
        let genuine = try inbound(
            Fixtures.groupUpdate("follow-up", chat: Fixtures.forum, threadId: 99, isTopicMessage: true, replyTo: answer)
        )
        #expect(genuine.addressesBot)
    }

    @Test func threadIdOnlyForForumTopics() throws {
        let replyThread = try inbound(Fixtures.groupUpdate("x", chat: Fixtures.group, threadId: 77))
        #expect(replyThread.threadId == nil)
        let topic = try inbound(Fixtures.groupUpdate("x", chat: Fixtures.forum, threadId: 77, isTopicMessage: true))
        #expect(topic.threadId == 77)
        let generalTopic = try inbound(Fixtures.groupUpdate("x", chat: Fixtures.forum, threadId: 77))
        #expect(generalTopic.threadId == nil)
    }

    @Test func captionIsTextAndCaptionEntitiesAreChecked() throws {
        let message = try inbound(Fixtures.decodeUpdate(UpdateDecodingTests.forumReply))
        #expect(message.text == "look @openclaw_test_bot")
        #expect(message.addressesBot)  // via caption_entities; the reply to the topic root is not
        #expect(message.kind == .message)
        #expect(message.threadId == 99)
    }

    @Test func captionCommandIsParsed() throws {
        let caption = "/summarize@openclaw_test_bot"
        let update = Fixtures.groupUpdate(nil, caption: caption, captionEntities: [Fixtures.entity(.botCommand, caption, in: caption)])
        let message = try inbound(update)
        #expect(message.command == "/summarize")
        #expect(message.addressesBot)
    }

    @Test func serviceMessagesAndMigration() throws {
        let message = try inbound(Fixtures.decodeUpdate(UpdateDecodingTests.migration))
        #expect(message.kind == .service)
        #expect(message.text == "")
        #expect(message.migrateToChatId == -1_004_000)
        #expect(message.chatKind == .group)
    }

    @Test func forwardedContentIsFlagged() throws {
        let message = try inbound(Fixtures.decodeUpdate(UpdateDecodingTests.forwarded))
        #expect(message.isForwarded)
        #expect(try !inbound(Fixtures.groupUpdate("mine")).isForwarded)
    }

    @Test func editsAndChannelPosts() throws {
        let original = try #require(Fixtures.groupUpdate("fixed typo").message)
        let edited = try inbound(Update(updateId: 2, editedMessage: original))
        #expect(edited.kind == .edited)
        let channel = TelegramChat(id: -100_999, type: .channel, title: "News")
        let post = TelegramMessage(messageId: 5, senderChat: channel, chat: channel, date: 1, text: "news")
        let mapped = try inbound(Update(updateId: 3, channelPost: post))
        #expect(mapped.kind == .channelPost)
        #expect(mapped.chatKind == .channel)
        #expect(mapped.senderId == nil)
        #expect(try inbound(Update(updateId: 4, editedChannelPost: post)).kind == .edited)
    }
}
