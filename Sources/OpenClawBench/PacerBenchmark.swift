import OpenClawCore
import OpenClawTelegram

/// The outbound pacer's memory under many distinct chats: rounds of N new chats each; the table
/// and the resident size must stay flat once idle chats are swept.
enum PacerBenchmark {
    static func run(_ arguments: [String]) async throws {
        let chats = Int(PipelineBenchmark.value(after: "--chats", in: arguments) ?? "") ?? 100_000
        let rounds = Int(PipelineBenchmark.value(after: "--rounds", in: arguments) ?? "") ?? 10
        let spacing = Duration.milliseconds(200)
        let pacer = OutboundPacer(limits: PacingLimits(perChatInterval: spacing, globalPerSecond: .max))
        print("pacer benchmark: \(rounds) rounds of \(chats) distinct chats, one message each, \(spacing) per-chat spacing, no global cap")
        var nextChat: Int64 = 1
        for round in 1...rounds {
            let start = ContinuousClock.now
            for _ in 0..<chats {
                _ = try await pacer.send(chatId: nextChat, isGroup: false) {}
                nextChat += 1
            }
            let seconds = (ContinuousClock.now - start).inSeconds
            let tracked = await pacer.trackedChats
            print("  round \(round): \(Int(Double(chats) / seconds)) sends/s, \(tracked) chats tracked, resident \(LimiterBenchmark.residentBytes() / 1_048_576) MiB")
            // Let this round's chats leave their spacing interval, as idle chats do.
            try await Task.sleep(for: spacing)
        }
        print("  \(nextChat - 1) chats answered in all; without eviction every one would still be tracked")
    }
}
