import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Testing

struct TimeoutTests {
    @Test func aSlowModelTimesOutPerAttemptAndIsRetried() async throws {
        try await withSimulator { simulator in
            // Far longer than the test could wait: only the per-attempt timeout can end the call.
            simulator.setLatency(.seconds(60))
            let harness = Harness(simulator: simulator, timeout: .milliseconds(150), maxAttempts: 2)
            let clock = ContinuousClock()
            let started = clock.now
            let error = try await #require(throws: LLMError.self) {
                try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
            }
            let elapsed = clock.now - started

            #expect(error.code == .timeout)
            #expect(error.attempts.count == 2)
            #expect(elapsed < .seconds(30), "two attempts of 150 ms, not one model answer")
            #expect(harness.waits.value.count == 1)
        }
    }

    @Test func aModelWithinTheTimeoutAnswers() async throws {
        try await withSimulator { simulator in
            simulator.setLatency(.milliseconds(50))
            let harness = Harness(simulator: simulator, timeout: .seconds(15))
            let completion = try await harness.router.complete(hello, primary: Harness.openai, fallbacks: [])
            #expect(completion.attempts == 1)
        }
    }
}
