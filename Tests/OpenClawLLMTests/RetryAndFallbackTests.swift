#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Testing

struct RetryAndFallbackTests {
    @Test func rateLimitWithRetryAfterSecondsIsHonouredThenSucceeds() async throws {
        try await withSimulator { simulator in
            simulator.failNext(status: 429, count: 2, retryAfter: "2")
            let harness = Harness(simulator: simulator)
            let completion = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])

            #expect(completion.attempts == 3)
            #expect(completion.ref == Harness.anthropic)
            #expect(harness.waits.value == [.seconds(2), .seconds(2)])
            #expect(simulator.requestCount == 3)
        }
    }

    @Test func retryAfterHTTPDateIsReadAgainstTheInjectedClockAndCapped() async throws {
        try await withSimulator { simulator in
            let now = Date(timeIntervalSince1970: 784_111_774)  // Sun, 06 Nov 1994 08:49:34 GMT
            simulator.failNext(status: 429, count: 1, retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT")
            simulator.failNext(status: 503, count: 1, retryAfter: "3600")
            let harness = Harness(simulator: simulator, maxRetryAfter: .seconds(10), now: { now })
            let completion = try await harness.router.complete(hello, primary: Harness.openai, fallbacks: [])

            #expect(completion.attempts == 3)
            #expect(harness.waits.value == [.seconds(3), .seconds(10)])
        }
    }

    @Test func anOutlandishRetryAfterWaitsTheCapAndTheRetryAnswers() async throws {
        try await withSimulator { simulator in
            simulator.failNext(status: 429, count: 1, retryAfter: "100000000000000000")
            simulator.failNext(status: 400, count: 1, retryAfter: "100000000000000000")
            let harness = Harness(simulator: simulator, maxRetryAfter: .seconds(7))
            let completion = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [Harness.openai])

            #expect(completion.ref == Harness.openai, "the 400 (header read, not retried) moved on to the fallback")
            #expect(completion.attempts == 3)
            #expect(harness.waits.value == [.seconds(7)])
        }
    }

    @Test func serverErrorsBackOffExponentiallyThenFallbackAnswers() async throws {
        try await withSimulator { simulator in
            simulator.failNext(status: 500, count: 100, model: "claude-sim")
            let harness = Harness(simulator: simulator, maxAttempts: 3)
            let completion = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [Harness.openai])

            #expect(completion.ref == Harness.openai)
            #expect(completion.attempts == 4)
            // Backoff (jitter is the identity here) between tries of one model, none before the fallback.
            #expect(harness.waits.value == [.milliseconds(100), .milliseconds(200)])
            #expect(simulator.requests.map(\.model) == ["claude-sim", "claude-sim", "claude-sim", "gpt-sim"])
        }
    }

    @Test(arguments: [400, 401, 403, 404])
    func clientErrorsMoveToFallbackWithoutRetrying(status: Int) async throws {
        try await withSimulator { simulator in
            simulator.failNext(status: status, count: 10, model: "claude-sim")
            let harness = Harness(simulator: simulator)
            let completion = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [Harness.openai])

            #expect(completion.ref == Harness.openai)
            #expect(completion.attempts == 2)
            #expect(harness.waits.value.isEmpty)
            #expect(simulator.requests.map(\.model) == ["claude-sim", "gpt-sim"])
        }
    }

    @Test func allFailingGivesNeutralMessageAndLogSafeDetail() async throws {
        try await withSimulator { simulator in
            simulator.failNext(status: 401, count: 10, model: "claude-sim")
            simulator.failNext(status: 500, count: 10, model: "gpt-sim")
            let harness = Harness(simulator: simulator, maxAttempts: 2)
            let secret = CompletionRequest(turns: [ChatTurn(role: .user, content: "my secret diary")], maxTokens: 8)

            let error = try await #require(throws: LLMError.self) {
                try await harness.router.complete(secret, primary: Harness.anthropic, fallbacks: [Harness.openai])
            }
            #expect(error.userMessage == "The model is unavailable right now. Please try again later.")
            #expect(error.code == .unavailable)
            #expect(error.attempts.map(\.status) == [401, 500, 500])
            #expect(error.detail.contains("anthropic/claude-sim rejected http 401 (authentication_error)"))
            #expect(error.detail.contains("openai/gpt-sim unavailable http 500"))

            // The simulator echoed the key in its 401 body, as real providers do; none of it may travel on.
            let everything = [String(describing: error), String(reflecting: error), error.userMessage] + harness.logs.value
            for text in everything {
                #expect(!text.contains("sk-ant-test-key"))
                #expect(!text.contains("sk-openai-test-key"))
                #expect(!text.contains("secret diary"))
            }
            #expect(!harness.logs.value.isEmpty)
        }
    }

    @Test func malformedJSONIsAnErrorNotACrash() async throws {
        try await withSimulator { simulator in
            simulator.setMalformedJSON(true)
            let harness = Harness(simulator: simulator)
            let error = try await #require(throws: LLMError.self) {
                try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
            }
            #expect(error.code == .malformedResponse)
            #expect(error.attempts.count == 1)
            #expect(error.userMessage == LLMError.neutralMessage)
        }
    }

    @Test func unknownProviderIsSkippedToTheNextRef() async throws {
        try await withSimulator { simulator in
            let harness = Harness(simulator: simulator)
            let missing = ModelRef(provider: "nowhere", model: "x")
            let completion = try await harness.router.complete(hello, primary: missing, fallbacks: [Harness.openai])
            #expect(completion.ref == Harness.openai)

            let error = try await #require(throws: LLMError.self) {
                try await harness.router.complete(hello, primary: missing, fallbacks: [])
            }
            #expect(error.code == .unknownProvider)
        }
    }
}
