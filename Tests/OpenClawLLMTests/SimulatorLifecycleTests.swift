import Logging
import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Testing

struct SimulatorLifecycleTests {
    @Test func waitForRequestsSeesAnInFlightRequest() async throws {
        try await withSimulator { simulator in
            simulator.setLatency(.milliseconds(300))
            let harness = Harness(simulator: simulator)
            let call = Task { try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: []) }
            #expect(await simulator.waitForRequests(count: 1, timeout: .seconds(30)))
            #expect(await simulator.waitForRequests(count: 2, timeout: .milliseconds(20)) == false)
            _ = try await call.value
        }
    }

    @Test func cancellationIsNotTurnedIntoAnLLMError() async throws {
        try await withSimulator { simulator in
            simulator.setLatency(.seconds(40))
            let harness = Harness(simulator: simulator)
            let call = Task { try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [Harness.openai]) }
            #expect(await simulator.waitForRequests(count: 1, timeout: .seconds(30)))
            call.cancel()
            await #expect(throws: CancellationError.self) { try await call.value }
            #expect(simulator.requestCount == 1)  // no fallback tried after cancellation
        }
    }

    @Test func aStoppedSimulatorRefusesConnectionsWhichAreRetried() async throws {
        let simulator = try await ModelSimulator.start(logger: Logger(label: "sim", factory: { _ in SwiftLogNoOpLogHandler() }))
        await simulator.stop()
        await simulator.stop()  // harmless twice
        // AHC keeps re-dialling a refused port until the deadline, so keep the deadline short.
        let harness = Harness(simulator: simulator, timeout: .milliseconds(300), maxAttempts: 2)
        let error = try await #require(throws: LLMError.self) {
            try await harness.router.complete(hello, primary: Harness.openai, fallbacks: [])
        }
        #expect(error.code == .unavailable)
        #expect(error.attempts.count == 2)
        #expect(error.attempts.allSatisfy { $0.status == nil && $0.cause != nil })
        #expect(harness.waits.value == [.milliseconds(100)])
    }
}
