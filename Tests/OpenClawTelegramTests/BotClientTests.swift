import AsyncHTTPClient
import Logging
@testable import OpenClawTelegram
import TelegramSimulator
import Testing

@Suite("TelegramBotClient against the simulator")
struct BotClientTests {
    @Test func getMeReturnsTheBot() async throws {
        try await withSimulator { simulator, client in
            let me = try await client.getMe()
            #expect(me == simulator.bot)
            #expect(me.isBot)
            #expect(simulator.callCount(.getMe) == 1)
        }
    }

    @Test func longPollReturnsAnUpdateInjectedWhileWaiting() async throws {
        try await withSimulator { simulator, client in
            let poll = Task { try await client.getUpdates(offset: nil, timeout: 10) }
            while simulator.callCount(.getUpdates) == 0 { try await Task.sleep(for: .milliseconds(5)) }
            let started = ContinuousClock.now
            let update = simulator.privateMessage(from: Fixtures.alice, text: "hello")
            simulator.inject(update)
            let updates = try await poll.value
            #expect(updates == [update])
            #expect(ContinuousClock.now - started < .seconds(5))
        }
    }

    @Test func longPollTimesOutEmpty() async throws {
        try await withSimulator { _, client in
            let started = ContinuousClock.now
            let updates = try await client.getUpdates(offset: nil, timeout: 1)
            #expect(updates.isEmpty)
            #expect(ContinuousClock.now - started >= .milliseconds(900))
        }
    }

    @Test func offsetConfirmsEarlierUpdates() async throws {
        try await withSimulator { simulator, client in
            let first = simulator.privateMessage(from: Fixtures.alice, text: "one")
            let second = simulator.privateMessage(from: Fixtures.alice, text: "two")
            simulator.inject(first)
            simulator.inject(second)
            let both = try await client.getUpdates(offset: nil, timeout: 0)
            #expect(both == [first, second])
            let limited = try await client.getUpdates(offset: nil, timeout: 0, limit: 1)
            #expect(limited == [first])
            let afterFirst = try await client.getUpdates(offset: first.updateId + 1, timeout: 0)
            #expect(afterFirst == [second])
            let afterSecond = try await client.getUpdates(offset: second.updateId + 1, timeout: 0)
            #expect(afterSecond.isEmpty)
            #expect(simulator.pendingUpdateCount == 0)
        }
    }

    @Test func sendMessageIsRecordedWithReplyAndThread() async throws {
        try await withSimulator { simulator, client in
            let sent = try await client.sendMessage(chatId: -100_5, text: "answer", replyToMessageId: 12, messageThreadId: 3)
            #expect(sent.from?.id == simulator.bot.id)
            #expect(sent.text == "answer")
            let record = try #require(simulator.sentMessages.first)
            #expect(record.chatId == -100_5)
            #expect(record.replyTo == 12)
            #expect(record.threadId == 3)
            #expect(record.message.messageId == sent.messageId)

            try await client.sendChatAction(chatId: -100_5, action: .typing, messageThreadId: 3)
            #expect(simulator.chatActions == [RecordedChatAction(chatId: -100_5, action: .typing, threadId: 3)])

            let edited = try await client.editMessageText(chatId: -100_5, messageId: sent.messageId, text: "better answer")
            #expect(edited.text == "better answer")
            #expect(simulator.editedMessages.map(\.text) == ["better answer"])
        }
    }

    @Test func telegramRefusalsBecomeStructuredErrors() async throws {
        try await withSimulator { simulator, client in
            let tooLong = String(repeating: "😀", count: 2049)  // 4098 UTF-16 units
            let error = await #expect(throws: TelegramAPIError.self) {
                try await client.sendMessage(chatId: 1, text: tooLong)
            }
            #expect(error?.kind == .api)
            #expect(error?.code == 400)
            #expect(error?.telegramDescription == "Bad Request: message is too long")

            // The chunker's output is accepted as it is.
            for chunk in MessageChunker.chunks(of: tooLong) {
                try await client.sendMessage(chatId: 1, text: chunk)
            }
            #expect(simulator.sentMessages.map(\.text).joined() == tooLong)

            let empty = await #expect(throws: TelegramAPIError.self) { try await client.sendMessage(chatId: 1, text: " ") }
            #expect(empty?.telegramDescription == "Bad Request: message text is empty")
        }
    }

    @Test func wrongTokenIsUnauthorizedAndTheErrorHidesTheToken() async throws {
        try await withSimulator { simulator, _ in
            let wrong = "7000000001:AAE-wrong_token_wrong_token_0000000"
            let client = TelegramBotClient(token: wrong, apiRoot: simulator.apiRoot, httpClient: .shared, logger: Logger(label: "t"))
            let error = try #require(await #expect(throws: TelegramAPIError.self) { try await client.getMe() })
            #expect(error.code == 401)
            #expect(error.kind == .api)
            let rendered = "\(error) \(String(reflecting: error))"
            #expect(!rendered.contains(wrong))
            #expect(!rendered.contains("wrong_token"))
            #expect(!rendered.contains("127.0.0.1"))
            #expect(simulator.callCount(.getMe) == 0)
        }
    }

    @Test func transportFailureHidesTheURL() async throws {
        let closed = try ClosedPort()
        let apiRoot = "http://127.0.0.1:\(closed.port)"
        let token = "123456:simulator_fixture_token_for_refused_connection"
        var client = TelegramBotClient(token: token, apiRoot: apiRoot, httpClient: .shared, logger: Logger(label: "t"))
        // AsyncHTTPClient retries a refused connection until the deadline.
        client.requestTimeout = .seconds(1)
        let error = try #require(await #expect(throws: TelegramAPIError.self) { try await client.getMe() })
        #expect(error.kind == .transport || error.kind == .timeout)
        let rendered = "\(error) \(String(reflecting: error))"
        #expect(!rendered.contains(token))
        #expect(!rendered.contains("simulator_fixture"))
        #expect(!rendered.contains(apiRoot))
        withExtendedLifetime(closed) {}
    }

    @Test func echoedTokenIsMaskedInTelegramsDescription() {
        let masked = TelegramBotClient.masked("Not Found: /bot123:SECRET/getMe", secret: "123:SECRET")
        #expect(masked == "Not Found: /bot[REDACTED]/getMe")
    }

    @Test func retryAfterFromTheNetworkIsClampedInTheError() async throws {
        try await withSimulator { simulator, client in
            simulator.failNextSendMessages(chatId: 5, count: 1, retryAfter: .max)
            let huge = await #expect(throws: TelegramAPIError.self) { try await client.sendMessage(chatId: 5, text: "x") }
            #expect(huge?.retryAfter == TelegramAPIError.maxRetryAfterSeconds)
            simulator.failNextSendMessages(chatId: 6, count: 1, retryAfter: -30)
            let negative = await #expect(throws: TelegramAPIError.self) { try await client.sendMessage(chatId: 6, text: "x") }
            #expect(negative?.retryAfter == 0)
        }
    }

    @Test func floodControlDelaysButDoesNotLoseTheMessage() async throws {
        try await withSimulator { simulator, client in
            simulator.failNextSendMessages(chatId: 77, count: 1, retryAfter: 1)
            let pacer = OutboundPacer(limits: PacingLimits(perChatInterval: .milliseconds(10)))
            let started = ContinuousClock.now
            async let held = pacer.send(chatId: 77, isGroup: false) {
                try await client.sendMessage(chatId: 77, text: "held by a 429")
            }
            // Another chat is not held while chat 77 waits out its retry_after.
            let other = try await pacer.send(chatId: 88, isGroup: false) {
                try await client.sendMessage(chatId: 88, text: "flows")
            }
            let delivered = try await held
            #expect(ContinuousClock.now - started >= .seconds(1))
            #expect(delivered.text == "held by a 429")
            #expect(simulator.sentMessages.map(\.chatId) == [88, 77])
            #expect(other.chat.id == 88)
            #expect(simulator.callCount(.sendMessage) == 3)
        }
    }
}
