import OpenClawTelegram
import Testing

/// New limits for a running pacer (a configuration reload): they pace the next send.
@Suite("OutboundPacer limits")
struct OutboundPacerLimitsTests {
    func send(_ pacer: OutboundPacer<TestClock>, _ clock: TestClock, chatId: Int64, isGroup: Bool = false) async throws -> Duration {
        try await pacer.send(chatId: chatId, isGroup: isGroup) { clock.now.offset }
    }

    @Test func aShorterChatIntervalAppliesToTheNextSend() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: PacingLimits(perChatInterval: .seconds(10)), clock: clock)
        #expect(try await send(pacer, clock, chatId: 1) == .zero)
        #expect(try await send(pacer, clock, chatId: 1) == .seconds(10))
        await pacer.setLimits(PacingLimits(perChatInterval: .zero))
        #expect(await pacer.limits.perChatInterval == .zero)
        // The booked spacing of the last send stays; after it, no more spacing.
        #expect(try await send(pacer, clock, chatId: 1) == .seconds(20))
        #expect(try await send(pacer, clock, chatId: 1) == .seconds(20))
    }

    @Test func aLowerGlobalRateHoldsAtOnce() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: PacingLimits(perChatInterval: .zero, globalPerSecond: 1000), clock: clock)
        for chat in 0..<10 { #expect(try await send(pacer, clock, chatId: Int64(chat)) == .zero) }
        await pacer.setLimits(PacingLimits(perChatInterval: .zero, globalPerSecond: 5))
        #expect(try await send(pacer, clock, chatId: 99) == .seconds(1), "the five most recent sends fill the new window")
    }

    @Test func aHigherGroupRateLetsTheGroupGoOn() async throws {
        let clock = TestClock()
        let pacer = OutboundPacer(limits: PacingLimits(perChatInterval: .zero, perGroupPerMinute: 2), clock: clock)
        #expect(try await send(pacer, clock, chatId: -100, isGroup: true) == .zero)
        #expect(try await send(pacer, clock, chatId: -100, isGroup: true) == .zero)
        await pacer.setLimits(PacingLimits(perChatInterval: .zero, perGroupPerMinute: 20))
        #expect(try await send(pacer, clock, chatId: -100, isGroup: true) == .zero)
    }
}
