import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Testing

struct UsageTests {
    @Test(arguments: [Harness.anthropic, Harness.openai])
    func missingUsageIsEstimatedAndFlagged(ref: ModelRef) async throws {
        try await withSimulator { simulator in
            simulator.setOmitUsage(true)
            simulator.setReply { _ in "twelve chars" }
            let harness = Harness(simulator: simulator)
            let request = CompletionRequest(system: "abcd", turns: [ChatTurn(role: .user, content: "efghi")], maxTokens: 16)
            let completion = try await harness.router.complete(request, primary: ref, fallbacks: [])

            #expect(completion.usage.estimated)
            #expect(completion.usage.input == 3)  // 9 characters → ⌈9/4⌉
            #expect(completion.usage.output == 3)  // 12 characters → 3
        }
    }

    /// A compromised endpoint's token counts: negative ones would lower the ledger under a budget
    /// (and trap a Prometheus counter), huge ones would overflow sums; both are clamped.
    @Test(arguments: [Harness.anthropic, Harness.openai])
    func reportedTokenCountsAreClamped(ref: ModelRef) async throws {
        try await withSimulator { simulator in
            simulator.setReportedTokens(input: -5_000, output: .max)
            let harness = Harness(simulator: simulator)
            let completion = try await harness.router.complete(hello, primary: ref, fallbacks: [])
            #expect(completion.usage.input == 0)
            #expect(completion.usage.output == UsageEstimate.maxTokensPerCall)
        }
    }

    @Test func openAICachedTokensCannotOverflowTheSubtraction() async throws {
        try await withSimulator { simulator in
            simulator.setReportedTokens(input: .min, output: 3)
            simulator.setCacheTokens(read: .max, write: 0)
            let completion = try await Harness(simulator: simulator).router.complete(hello, primary: Harness.openai, fallbacks: [])
            #expect(completion.usage.input == 0)
            #expect(completion.usage.cacheRead == UsageEstimate.maxTokensPerCall)
        }
    }

    @Test func estimateIsNeverZero() {
        #expect(UsageEstimate.tokens(forCharacters: 0) == 1)
        #expect(UsageEstimate.tokens(forCharacters: 4) == 1)
        #expect(UsageEstimate.tokens(forCharacters: 5) == 2)
        let partial = UsageEstimate.resolve(input: 10, output: nil, request: hello, reply: "")
        #expect(partial == TokenUsage(input: 10, output: 1, estimated: true))
    }
}
