import OpenClawTelegram
import Synchronization
import Testing

@Suite("OutboundPacer")
struct OutboundPacerTests {
    /// Sends `count` messages one after another and returns the clock time each one ran at.
    func sendTimes(
        _ pacer: OutboundPacer<TestClock>,
        clock: TestClock,
        count: Int,
        chatId: (Int) -> Int64,
        isGroup: Bool
    ) async throws -> [Duration] {
        var times: [Duration] = []
        for index in 0..<count {
            times.append(try await pacer.send(chatId: chatId(index), isGroup: isGroup) { clock.now.offset })
        }
        return times
    }

    @Test func spacesMessagesToOneChat() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: .telegram, clock: clock)
        let times = try await sendTimes(pacer, clock: clock, count: 3, chatId: { _ in 42 }, isGroup: false)
        #expect(times == [.zero, .seconds(1), .seconds(2)])
    }

    @Test func differentChatsAreNotSpaced() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: .telegram, clock: clock)
        let times = try await sendTimes(pacer, clock: clock, count: 5, chatId: { Int64($0) }, isGroup: false)
        #expect(times == Array(repeating: .zero, count: 5))
    }

    @Test func capsAGroupAtTwentyPerMinute() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: PacingLimits(perChatInterval: .zero), clock: clock)
        let times = try await sendTimes(pacer, clock: clock, count: 21, chatId: { _ in -100 }, isGroup: true)
        #expect(times.prefix(20).allSatisfy { $0 == .zero })
        #expect(times[20] == .seconds(60))
    }

    @Test func capsGlobalThroughputPerSecond() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: PacingLimits(globalPerSecond: 30), clock: clock)
        let times = try await sendTimes(pacer, clock: clock, count: 31, chatId: { Int64($0) }, isGroup: false)
        #expect(times.prefix(30).allSatisfy { $0 == .zero })
        #expect(times[30] == .seconds(1))
    }

    @Test func unlimitedDoesNotWait() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: .unlimited, clock: clock)
        let times = try await sendTimes(pacer, clock: clock, count: 100, chatId: { _ in -5 }, isGroup: true)
        #expect(times.allSatisfy { $0 == .zero })
    }

    @Test func retriesAfterFloodControlWithoutLosingTheMessage() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: .telegram, clock: clock)
        let attempts = Mutex(0)
        let sentAt = try await pacer.send(chatId: 7, isGroup: false) {
            let attempt = attempts.withLock { value in
                value += 1
                return value
            }
            if attempt < 3 {
                throw TelegramAPIError(kind: .api, method: .sendMessage, code: 429, retryAfter: 5)
            }
            return clock.now.offset
        }
        #expect(attempts.withLock { $0 } == 3)
        #expect(sentAt == .seconds(10))
    }

    /// A `retry_after` of `Int.max` seconds used to overflow the sleep deadline and trap; it now
    /// holds the chat for `maxRetryAfter` and the message still goes out.
    @Test(arguments: [Int.max, 1_000_000_000_000, 100_000])
    func anOutlandishRetryAfterHoldsTheChatForTheBoundOnly(retryAfter: Int) async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: PacingLimits(maxRetryAfter: .seconds(90)), clock: clock)
        let attempts = Mutex(0)
        let sentAt = try await pacer.send(chatId: 7, isGroup: false) {
            let attempt = attempts.withLock { value in
                value += 1
                return value
            }
            if attempt == 1 {
                throw TelegramAPIError(kind: .api, method: .sendMessage, code: 429, retryAfter: retryAfter)
            }
            return clock.now.offset
        }
        #expect(sentAt == .seconds(90))
        #expect(PacingLimits.telegram.maxRetryAfter == .seconds(600))
    }

    @Test func givesUpAfterMaxAttempts() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: PacingLimits(maxAttempts: 2), clock: clock)
        let attempts = Mutex(0)
        await #expect(throws: TelegramAPIError.self) {
            try await pacer.send(chatId: 7, isGroup: false) { () async throws -> Int in
                attempts.withLock { $0 += 1 }
                throw TelegramAPIError(kind: .api, method: .sendMessage, code: 429, retryAfter: 1)
            }
        }
        #expect(attempts.withLock { $0 } == 2)
    }

    @Test func otherErrorsAreNotRetried() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: .telegram, clock: clock)
        let attempts = Mutex(0)
        await #expect(throws: TelegramAPIError.self) {
            try await pacer.send(chatId: 7, isGroup: false) { () async throws -> Int in
                attempts.withLock { $0 += 1 }
                throw TelegramAPIError(kind: .api, method: .sendMessage, code: 400, telegramDescription: "Bad Request: chat not found")
            }
        }
        #expect(attempts.withLock { $0 } == 1)
    }

    @Test func keepsArrivalOrderWithinAChat() async throws {
        let pacer = OutboundPacer(limits: PacingLimits(perChatInterval: .milliseconds(1)))
        let order = OrderRecorder()
        let (gate, open) = AsyncStream<Void>.makeStream()
        // The first send holds the chat until the gate opens; the others queue behind it in
        // the order they arrived, which the loop makes deterministic.
        var tasks: [Task<Void, any Error>] = []
        tasks.append(Task {
            try await pacer.send(chatId: 1, isGroup: false) {
                for await _ in gate { break }
                order.append(0)
            }
        })
        for index in 1..<10 {
            while await pacer.queuedCount(chatId: 1) < index { await Task.yield() }
            tasks.append(Task { try await pacer.send(chatId: 1, isGroup: false) { order.append(index) } })
        }
        while await pacer.queuedCount(chatId: 1) < 10 { await Task.yield() }
        open.yield()
        for task in tasks { try await task.value }
        #expect(order.values == Array(0..<10))
    }

    @Test func chatsThatNoLongerHoldASendBackAreForgotten() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: PacingLimits(globalPerSecond: .max), clock: clock)
        for round in 0..<10 {
            _ = try await sendTimes(pacer, clock: clock, count: 5000, chatId: { Int64(round * 5000 + $0) }, isGroup: false)
            clock.advance(by: .seconds(2))
        }
        // Without eviction every one of the 50,000 chats answered would still be tracked.
        #expect(await pacer.trackedChats <= 2 * 5000)

        // A chat inside its spacing interval is kept, so it is still spaced after a sweep.
        _ = try await pacer.send(chatId: 7, isGroup: false) {}
        _ = try await sendTimes(pacer, clock: clock, count: 5000, chatId: { Int64(1_000_000 + $0) }, isGroup: false)
        let again = try await pacer.send(chatId: 7, isGroup: false) { clock.now.offset }
        #expect(again == .seconds(21))
    }
}

/// Collects integers from concurrent tasks.
final class OrderRecorder: Sendable {
    private let storage = Mutex<[Int]>([])
    var values: [Int] { storage.withLock { $0 } }
    func append(_ value: Int) { storage.withLock { $0.append(value) } }
}
