import OpenClawCore
@testable import OpenClawGateway
import Synchronization
import Testing

/// Rate limits, the input cap and the pairing-reply limits, on a clock the test moves.
struct LimitsStageTests {
    typealias F = StageFixture

    final class ManualInstant: Sendable {
        private let current = Mutex(ContinuousClock.now)
        var now: ContinuousClock.Instant { current.withLock { $0 } }
        func advance(_ duration: Duration) { current.withLock { $0 += duration } }
    }

    func stage(_ config: OpenClawConfig, clock: ManualInstant) -> LimitsStage {
        LimitsStage(
            limiter: RateLimiter(rules: config.limits.rateRules, origin: clock.now), maxInputChars: config.limits.maxInputChars,
            denials: DenialRecorder(instant: { clock.now }), instant: { clock.now }
        )
    }

    @Test func aFloodIsCutAtTheBurstWithOneNoticeAndTheRateComesBack() async throws {
        let clock = ManualInstant()
        let limits = stage(try F.config { $0.set(["rate": "6/1m", "burst": 3], at: ["limits", "perUser"]) }, clock: clock)
        var refusals: [Outcome?] = []
        for id in 1...10 { refusals.append(await limits.check(F.admitted(try F.message(Int64(id), from: F.alice, text: "spam \(id)"))).refusal) }
        #expect(refusals.prefix(3).allSatisfy { $0 == nil }, "the burst goes through")
        #expect(refusals.dropFirst(3).allSatisfy { $0 != nil }, "everything after it is refused")
        #expect(refusals.compactMap { $0 }.flatMap(\.replies).count == 1, "one notice per window, not one per message")
        #expect(refusals.compactMap { $0 }.first?.replies.first?.text.contains("too fast") == true)

        clock.advance(.seconds(10))
        #expect(await limits.check(F.admitted(try F.message(11, from: F.alice, text: "later"))).refusal == nil, "one token back after 10 s at 6/min")
    }

    @Test func aMessageOverTheInputCapIsRefusedNamingTheLimit() async throws {
        let limits = stage(try F.config { $0.set(.number(100), at: ["limits", "maxInputChars"]) }, clock: ManualInstant())
        let refusal = await limits.check(F.admitted(try F.message(from: F.alice, text: String(repeating: "a", count: 101)))).refusal
        #expect(refusal?.replies.first?.text.contains("the limit is 100") == true)
        #expect(await limits.check(F.admitted(try F.message(2, from: F.alice, text: String(repeating: "a", count: 100)))).refusal == nil)
    }

    @Test func withheldPairingRepliesAreAuditedOncePerSenderAndHour() throws {
        let clock = ManualInstant()
        let limits = stage(try F.config { $0.set(["perSender": ["rate": "1/1h", "burst": 1]], at: ["limits", "pairingReplies"]) }, clock: clock)
        let outcomes = try (1...6).map { id in limits.pairingReplyRefusal(to: try F.message(Int64(id), from: F.mallory, text: "hi"), sender: F.mallory) }
        #expect(outcomes[0] == nil, "the first stranger message gets its pairing reply")
        let withheld = outcomes.dropFirst().compactMap { $0 }
        #expect(withheld.count == 5)
        #expect(withheld.map(\.audits.count) == [1, 0, 0, 0, 0])
        #expect(withheld.first?.audits.first?.kind == .pairingWithheld)
        #expect(withheld.allSatisfy { $0.replies.isEmpty }, "a withheld reply is not replaced by another message")

        clock.advance(.seconds(3601))
        let nextHour = limits.pairingReplyRefusal(to: try F.message(7, from: F.mallory, text: "hi"), sender: F.mallory)
        #expect(nextHour == nil, "an hour later the sender's bucket has a token again")
        let thenRefused = limits.pairingReplyRefusal(to: try F.message(8, from: F.mallory, text: "hi"), sender: F.mallory)
        #expect(thenRefused?.audits.first?.details["repeatsBefore"] == "4", "the next hour's first record counts the repeats")
    }
}

extension LimitsStage.Verdict {
    var refusal: Outcome? {
        if case .refused(let outcome) = self { return outcome }
        return nil
    }
}
