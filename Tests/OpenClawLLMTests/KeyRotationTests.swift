import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Testing

struct KeyRotationTests {
    @Test(arguments: [Harness.anthropic, Harness.openai])
    func theNextRequestCarriesTheRotatedKey(ref: ModelRef) async throws {
        try await withSimulator { simulator in
            let key = Box<String?>("key-one")
            let harness = Harness(simulator: simulator, anthropicKey: key, openAIKey: key)
            _ = try await harness.router.complete(hello, primary: ref, fallbacks: [])
            key.value = "key-two"
            _ = try await harness.router.complete(hello, primary: ref, fallbacks: [])

            #expect(simulator.requests.map(\.presentedKey) == ["key-one", "key-two"])
        }
    }

    @Test func aServerThatAcceptsOnlyTheNewKeyWorksAfterRotation() async throws {
        try await withSimulator { simulator in
            simulator.setAcceptedKeys(["new"])
            let key = Box<String?>("old")
            let harness = Harness(simulator: simulator, anthropicKey: key)
            let error = try await #require(throws: LLMError.self) {
                try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
            }
            #expect(error.attempts.map(\.status) == [401])

            key.value = "new\n"  // as read from a secret file: trailing newline trimmed
            let completion = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
            #expect(completion.attempts == 1)
            #expect(simulator.requests.last?.presentedKey == "new")
        }
    }

    @Test func aKeyWithControlCharactersIsRefusedWithoutSendingOrEchoingIt() async throws {
        try await withSimulator { simulator in
            let harness = Harness(simulator: simulator, anthropicKey: Box("sk-bad\r\nx-injected: 1"))
            let error = try await #require(throws: LLMError.self) {
                try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
            }
            #expect(error.code == .invalidCredential)
            #expect(simulator.requestCount == 0)
            #expect(!String(describing: error).contains("sk-bad"))
        }
    }
}
