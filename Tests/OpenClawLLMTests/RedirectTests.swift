import AsyncHTTPClient
import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Testing

/// A base URL that redirects must not pull the API key to another origin.
struct RedirectTests {
    @Test func aFollowingClientLeaksTheAnthropicKeyAndTheRouterFlagsIt() async throws {
        try await withSimulator { provider in
            try await withSimulator { attacker in
                provider.redirectNext(to: attacker.baseURL + "/v1/messages")
                let harness = Harness(simulator: provider, httpClient: .shared)
                let error = try await #require(throws: LLMError.self) {
                    try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
                }
                // The attack works against a redirect-following client: AHC keeps x-api-key cross-origin.
                #expect(attacker.requests.first?.xAPIKey == "sk-ant-test-key")
                // The reply from the foreign origin is not used.
                #expect(error.attempts.first?.cause == "redirect followed")
            }
        }
    }

    @Test func theRoutersOwnClientNeverFollows() async throws {
        let client = ModelRouter.makeHTTPClient()
        do {
            try await withSimulator { provider in
                try await withSimulator { attacker in
                    provider.redirectNext(to: attacker.baseURL + "/v1/messages", count: 10)
                    let harness = Harness(simulator: provider, httpClient: client)
                    let error = try await #require(throws: LLMError.self) {
                        try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
                    }
                    #expect(attacker.requestCount == 0)
                    #expect(error.code == .rejected)
                    #expect(error.attempts.map(\.status) == [307])
                }
            }
        } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }
}
