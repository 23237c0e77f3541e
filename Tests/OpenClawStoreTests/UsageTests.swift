#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Testing
import OpenClawStore

@Suite struct UsageTests {
    private func record(user: Int64?, at time: Date, input: Int, output: Int, cost: Double) -> UsageRecord {
        UsageRecord(
            time: time, userId: user, chatId: 9, provider: "anthropic", model: "claude-sonnet-4-5",
            tokens: TokenUsage(input: input, output: output, cacheRead: 1, cacheWrite: 2, estimated: user == nil),
            costUsd: cost
        )
    }

    /// Converting such a date to stored milliseconds used to trap.
    @Test(arguments: Backend.allCases) func datesBeyondWhatTheStoreHoldsSaturate(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await store.recordUsage(record(user: 1, at: t0, input: 1, output: 1, cost: 0.5))
                #expect(try await store.usageTotals(since: Date(timeIntervalSince1970: -1e300), userId: 1).calls == 1)
                #expect(try await store.usageTotals(since: Date(timeIntervalSince1970: 1e300), userId: 1).calls == 0)
            }
        }
    }

    @Test(arguments: Backend.allCases) func sumsSinceATimePerUserAndOverall(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                #expect(try await store.usageTotals(since: t0, userId: nil)
                    == UsageTotals(calls: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0))
                try await store.recordUsage(record(user: 1, at: t0.addingTimeInterval(-1), input: 1000, output: 1000, cost: 5))
                try await store.recordUsage(record(user: 1, at: t0, input: 100, output: 10, cost: 0.25))
                try await store.recordUsage(record(user: 1, at: t0.addingTimeInterval(5), input: 200, output: 20, cost: 0.5))
                try await store.recordUsage(record(user: nil, at: t0.addingTimeInterval(9), input: 300, output: 30, cost: 1))

                let mine = try await store.usageTotals(since: t0, userId: 1)
                #expect(mine == UsageTotals(calls: 2, inputTokens: 300, outputTokens: 30, cacheReadTokens: 2, cacheWriteTokens: 4, costUsd: 0.75))
                #expect(mine.tokens == 336)
                let all = try await store.usageTotals(since: t0, userId: nil)
                #expect(all.calls == 3)
                #expect(all.costUsd == 1.75)
                #expect(try await store.usageTotals(since: t0, userId: 2).calls == 0)
            }
        }
    }
}
