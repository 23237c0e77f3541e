import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Testing

struct OpenAICompletionsTests {
    @Test func sendsSystemAsFirstMessageWithBearerAndMaxTokens() async throws {
        try await withSimulator { simulator in
            let harness = Harness(simulator: simulator)
            _ = try await harness.router.complete(hello, primary: Harness.openai, fallbacks: [])

            let seen = try #require(simulator.requests.first)
            #expect(seen.api == .openAICompletions)
            #expect(seen.path == "/v1/chat/completions")
            #expect(seen.model == "gpt-sim")
            #expect(seen.system == nil)
            #expect(seen.turns.map(\.role) == ["system", "user", "assistant", "user"])
            #expect(seen.turns.first?.content == "You are terse.")
            #expect(seen.maxTokens == 256)
            #expect(seen.bearerToken == "sk-openai-test-key")
            #expect(seen.xAPIKey == nil)
            #expect(seen.anthropicVersion == nil)
        }
    }

    @Test func ollamaWithoutKeySendsNoAuthorization() async throws {
        try await withSimulator { simulator in
            let harness = Harness(simulator: simulator)
            let completion = try await harness.router.complete(hello, primary: Harness.ollama, fallbacks: [])

            #expect(completion.text == "echo: What is two plus two?")
            let seen = try #require(simulator.requests.first)
            #expect(seen.presentedKey == nil)
            #expect(seen.path == "/v1/chat/completions")  // trailing slash in baseURL not doubled
        }
    }

    @Test func cachedTokensAreSplitOutOfPromptTokens() async throws {
        try await withSimulator { simulator in
            simulator.setCacheTokens(read: 30, write: 0)
            let harness = Harness(simulator: simulator)
            let request = CompletionRequest(turns: [ChatTurn(role: .user, content: "12345678")], maxTokens: 10)
            let completion = try await harness.router.complete(request, primary: Harness.openai, fallbacks: [])

            // The simulator reports prompt_tokens = 2 + 30 with cached_tokens = 30, as OpenAI does.
            #expect(completion.usage == TokenUsage(input: 2, output: ModelSimulator.tokens(forCharacters: "echo: 12345678".count), cacheRead: 30))
        }
    }
}
