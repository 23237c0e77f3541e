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

    @Test func estimateIsNeverZero() {
        #expect(UsageEstimate.tokens(forCharacters: 0) == 1)
        #expect(UsageEstimate.tokens(forCharacters: 4) == 1)
        #expect(UsageEstimate.tokens(forCharacters: 5) == 2)
        let partial = UsageEstimate.resolve(input: 10, output: nil, request: hello, reply: "")
        #expect(partial == TokenUsage(input: 10, output: 1, estimated: true))
    }
}
