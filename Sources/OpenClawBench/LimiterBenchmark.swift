import Dispatch
import Foundation
import OpenClawCore

/// Rate limiter decisions/s (one thread, two threads) and resident bytes per tracked key at 1M keys.
enum LimiterBenchmark {
    typealias Limiter = RateLimiter<ContinuousClock.Instant>

    static func run(_ arguments: [String]) async throws {
        let decisions = Int(PipelineBenchmark.value(after: "--decisions", in: arguments) ?? "") ?? 4_000_000
        let keys = Int(PipelineBenchmark.value(after: "--keys", in: arguments) ?? "") ?? 1_000_000
        let origin = ContinuousClock.now
        let rules = LimitsConfig.defaults.rateRules

        print("limiter benchmark: GCRA, default rules, one Mutex-guarded table per scope, synthetic time (1 µs per decision)")
        let warmUp = Limiter(rules: rules, origin: origin)
        _ = measure(threads: 1, decisions: decisions / 4) { warmUp.decide(.user(Int64($0 % 50_000)), now: origin + .microseconds($0)).isAllowed }
        for threads in [1, 2] {
            let limiter = Limiter(rules: rules, origin: origin)
            let single = measure(threads: threads, decisions: decisions) { i in
                limiter.decide(.user(Int64(i % 50_000)), now: origin + .microseconds(i)).isAllowed
            }
            let message = Limiter(rules: rules, origin: origin)
            let triple = measure(threads: threads, decisions: decisions) { i in
                let id = Int64(i % 50_000)
                return message.decide([.user(id), .chat(id), .global], now: origin + .microseconds(i)).isAllowed
            }
            let label = threads == 1 ? "1 thread: " : "\(threads) threads:"
            print("  \(label) " + String(format: "%.2f M single-key decisions/s, %.2f M messages/s (user + chat + global together)", single / 1e6, triple / 1e6))
        }

        let before = residentBytes()
        let limiter = Limiter(rules: rules, maxKeysPerScope: keys, origin: origin)
        for id in 0..<keys { _ = limiter.decide(.user(Int64(id)), now: origin) }
        let after = residentBytes()
        let tracked = limiter.trackedKeys(.user)
        print(String(format: "  memory: %d tracked keys, resident +%.1f MB, %.1f bytes per tracked key (Dictionary<Int64, Int64>, power-of-two capacity)",
                     tracked, Double(after - before) / 1e6, Double(after - before) / Double(max(1, tracked))))
        print("  (the default cap is \(Limiter.defaultMaxKeysPerScope) keys per scope)")
        withExtendedLifetime(limiter) {}
    }

    /// Runs `decisions` calls split over `threads` (interleaved, so synthetic time advances alike on
    /// every thread) and returns calls per second.
    static func measure(threads: Int, decisions: Int, _ body: @Sendable (Int) -> Bool) -> Double {
        let perThread = decisions / threads
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var allowed = 0
            for i in stride(from: worker, to: perThread * threads, by: threads) where body(i) { allowed += 1 }
            precondition(allowed >= 0)
        }
        return Double(perThread * threads) / (ContinuousClock.now - start).inSeconds
    }

    /// Resident set size from `/proc/self/statm` (pages × 4 KiB); 0 where it cannot be read.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * 4096
    }
}
