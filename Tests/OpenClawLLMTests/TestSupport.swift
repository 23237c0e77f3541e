#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AsyncHTTPClient
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Synchronization

/// Starts a simulator, runs `body`, and stops the simulator whatever happens.
func withSimulator<T>(_ body: (ModelSimulator) async throws -> T) async throws -> T {
    let simulator = try await ModelSimulator.start(logger: Logger(label: "sim", factory: { _ in SwiftLogNoOpLogHandler() }))
    do {
        let result = try await body(simulator)
        await simulator.stop()
        return result
    } catch {
        await simulator.stop()
        throw error
    }
}

/// A mutable value tests share with `@Sendable` closures (a rotating key, recorded waits).
final class Box<Value: Sendable>: Sendable {
    private let storage: Mutex<Value>
    init(_ value: Value) { storage = Mutex(value) }
    var value: Value {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
    func mutate(_ change: (inout Value) -> Void) { storage.withLock { change(&$0) } }
}

/// Records every wait instead of sleeping, so retry tests run in milliseconds.
struct Harness {
    let router: ModelRouter
    let waits: Box<[Duration]>
    let logs: Box<[String]>

    static let anthropic = ModelRef(provider: "anthropic", model: "claude-sim")
    static let openai = ModelRef(provider: "openai", model: "gpt-sim")
    static let ollama = ModelRef(provider: "ollama", model: "llama-sim")

    init(
        simulator: ModelSimulator,
        anthropicKey: Box<String?> = Box("sk-ant-test-key"),
        openAIKey: Box<String?> = Box("sk-openai-test-key"),
        timeout: Duration = .seconds(5),
        httpClient: HTTPClient = .shared,
        maxAttempts: Int = 3,
        maxRetryAfter: Duration = .seconds(30),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        let waits = Box<[Duration]>([])
        let logs = Box<[String]>([])
        self.waits = waits
        self.logs = logs
        let endpoints = [
            "anthropic": ProviderEndpoint(
                id: "anthropic", api: .anthropicMessages, baseURL: simulator.baseURL,
                apiKey: { anthropicKey.value }, timeout: timeout),
            "openai": ProviderEndpoint(
                id: "openai", api: .openAICompletions, baseURL: simulator.baseURL + "/v1",
                apiKey: { openAIKey.value }, timeout: timeout),
            "ollama": ProviderEndpoint(
                id: "ollama", api: .openAICompletions, baseURL: simulator.baseURL + "/v1/",
                apiKey: { nil }, timeout: timeout),
        ]
        let retry = RetryPolicy(
            maxAttempts: maxAttempts,
            baseDelay: .milliseconds(100),
            maxDelay: .seconds(2),
            maxRetryAfter: maxRetryAfter,
            sleep: { wait in waits.mutate { $0.append(wait) } },
            jitter: { $0 },
            now: now
        )
        var logger = Logger(label: "llm-test", factory: { _ in CapturingLogHandler(lines: logs) })
        logger.logLevel = .trace
        router = ModelRouter(endpoints: endpoints, httpClient: httpClient, retry: retry, logger: logger)
    }
}

/// Keeps every log line with its metadata, to check that no secret or text leaks into logs.
struct CapturingLogHandler: LogHandler {
    let lines: Box<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        lines.mutate { $0.append("\(event.level) \(event.message) \(merged)") }
    }
}

let hello = CompletionRequest(
    system: "You are terse.",
    turns: [
        ChatTurn(role: .user, content: "Hi there"),
        ChatTurn(role: .assistant, content: "Hello."),
        ChatTurn(role: .user, content: "What is two plus two?"),
    ],
    maxTokens: 256
)
