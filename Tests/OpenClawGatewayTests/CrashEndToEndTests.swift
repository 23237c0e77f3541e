import OpenClawTesting
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawTelegram
import TelegramSimulator
import Testing

/// kill -9 under load: nothing lost, and what a crash repeats is bounded by what was in flight.
@Suite(.serialized) struct CrashEndToEndTests {
    typealias H = GatewayHarness
    static let users = (Int64(8001)...8010).map { TelegramUser(id: $0, firstName: "U\($0)") }

    @Test func killedUnderLoadEveryMessageIsAnsweredAndOnlyWhatWasInFlightIsRepeated() async throws {
        try await withSimulatedDeployment(adjust: { document in
            document.set("open", at: ["channels", "telegram", "dmPolicy"])
            document.set(["*"], at: ["channels", "telegram", "allowFrom"])
        }) { telegram, model, sandbox in
            model.setLatency(.milliseconds(40))
            // The long form (the figures in docs/PERFORMANCE.md): OPENCLAW_CRASH_KILLS=20 swift test --filter CrashEndToEnd
            let kills = ProcessInfo.processInfo.environment["OPENCLAW_CRASH_KILLS"].flatMap(Int.init).map { min(max($0, 1), 100) } ?? 3
            var texts: [String] = []
            var random = SeededRandom(seed: 20_261_130)
            var gateway = try GatewayProcess(config: sandbox.configPath)
            for round in 0...kills {
                for user in Self.users {
                    let text = "round \(round) from \(user.id)"
                    texts.append(text)
                    telegram.inject(telegram.privateMessage(from: user, text: text))
                }
                guard round < kills else { break }
                // Kill while this round is being answered (some calls in flight, some replies unsent),
                // at a moment not tied to a send, as a crash would be.
                _ = try await telegram.waitForSentMessages(count: texts.count - Self.users.count + 3, timeout: .seconds(20))
                try await Task.sleep(for: .milliseconds(Int.random(in: 0...120, using: &random)))
                try await gateway.kill()
                gateway = try GatewayProcess(config: sandbox.configPath)
            }
            let answered: @Sendable () -> Int = {
                Set(telegram.sentMessages.filter { $0.text.hasPrefix("echo: ") }.map(\.text)).count
                    + telegram.sentMessages.filter { $0.text == InboxSchedulerNotice.parked }.count
            }
            let deadline = ContinuousClock.now + .seconds(60)
            while answered() < texts.count {
                guard ContinuousClock.now < deadline else { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(try await gateway.stop() == 0)

            let replies = telegram.sentMessages.map(\.text)
            let parked = replies.filter { $0 == InboxSchedulerNotice.parked }.count
            let unanswered = texts.filter { !replies.contains("echo: " + $0) }
            // One in hand at two kills in a row is parked, and its sender told: that is the rule.
            #expect(unanswered.count == parked, "every message is answered, or set aside with a notice")
            let repeatedCalls = model.requestCount - texts.count
            let duplicateReplies = replies.filter { $0.hasPrefix("echo: ") }.count - Set(replies.filter { $0.hasPrefix("echo: ") }).count
            // At most the calls in flight (the model gate, 8) and one chunk per chat being sent at each kill.
            #expect(repeatedCalls <= kills * 8)
            #expect(duplicateReplies <= kills * Self.users.count)
            print("crash test: \(kills) kills, \(texts.count) messages, \(repeatedCalls) model calls repeated, \(duplicateReplies) replies sent twice, \(parked) parked")
        }
    }
}

/// The notice a parked update's sender gets (kept here so the test reads as the user sees it).
enum InboxSchedulerNotice {
    static let parked = "Sorry, I could not handle your last message. Please send it again in other words."
}

/// A fixed sequence of pseudo-random numbers (SplitMix64), so a run can be repeated.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
