import NIOHTTP1
import NIOCore
import AsyncHTTPClient
import Foundation
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawLLM
import OpenClawStore
import OpenClawTelegram
import TelegramSimulator

/// A real gateway against the Telegram simulator and a fake model server, all on loopback.
final class GatewayHarness: Sendable {
    static let alice = TelegramUser(id: 1001, firstName: "Alice", username: "alice")
    static let bob = TelegramUser(id: 1002, firstName: "Bob", username: "bob")
    static let mallory = TelegramUser(id: 6666, firstName: "Mallory", username: "mallory")
    static let groupId: Int64 = -100_123_456
    static let quiet = Logger(label: "simulator") { _ in SwiftLogNoOpLogHandler() }

    let telegram: TelegramSimulator
    let model: ModelSimulator
    let sandbox: SandboxDeployment
    let logs: LogSink
    let metrics: GatewayMetrics
    let gateway: Gateway
    let running: Task<Void, any Error>

    private init(
        telegram: TelegramSimulator, model: ModelSimulator, sandbox: SandboxDeployment, logs: LogSink, metrics: GatewayMetrics,
        gateway: Gateway, running: Task<Void, any Error>
    ) {
        self.telegram = telegram
        self.model = model
        self.sandbox = sandbox
        self.logs = logs
        self.metrics = metrics
        self.gateway = gateway
        self.running = running
    }

    /// Starts simulators and a gateway whose config is the sandbox base document changed by `adjust`.
    /// - Parameters:
    ///   - secrets: extra secret files (id → value) written before the gateway starts.
    ///   - adjust: changes to the sandbox's config document.
    ///   - tune: changes to the gateway's options (clock, retry delays …) after the harness's own.
    ///   - prepare: changes to the sandbox's files (secrets, their ages) before the gateway starts.
    static func start(
        webhook: Bool = false,
        pacing: PacingLimits = .unlimited,
        secrets: [String: String] = [:],
        adjust: (inout JSONValue) -> Void = { _ in },
        tune: (inout GatewayOptions) -> Void = { _ in },
        prepare: (SandboxDeployment) throws -> Void = { _ in }
    ) async throws -> GatewayHarness {
        let telegram = try await TelegramSimulator.start(logger: Self.quiet)
        let model = try await ModelSimulator.start(logger: Self.quiet)
        let webhookPort = webhook ? try FreePort.find() : 0
        let sandbox = try SandboxDeployment.create(
            telegramAPIRoot: telegram.apiRoot, botToken: telegram.token, modelBaseURL: model.baseURL
        ) { document in
            relaxLimits(&document)
            if webhook {
                document.set(.number(Double(webhookPort)), at: ["gateway", "port"])
                document.set(.string("http://127.0.0.1:\(webhookPort)/telegram-webhook"), at: ["channels", "telegram", "webhookUrl"])
                document.set(["source": "file", "id": "telegram_webhook_secret"], at: ["channels", "telegram", "webhookSecret"])
            }
            adjust(&document)
        }
        for (id, value) in secrets { try sandbox.writeSecret(id, value) }
        try prepare(sandbox)
        return try await launch(telegram: telegram, model: model, sandbox: sandbox, pacing: pacing, tune: tune)
    }

    static func launch(
        telegram: TelegramSimulator, model: ModelSimulator, sandbox: SandboxDeployment, pacing: PacingLimits = .unlimited,
        tune: (inout GatewayOptions) -> Void = { _ in }
    ) async throws -> GatewayHarness {
        let logs = LogSink.capturing()
        let metrics = GatewayMetrics()
        let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:])
        var logger = Logger(label: "openclaw.test") { label in JSONLogHandler(label: label, level: .debug, sink: logs) }
        logger.logLevel = .debug
        var options = GatewayOptions(
            environment: [:], logger: logger, metrics: metrics, pacing: pacing, retry: .fastForTests, pollTimeoutSeconds: 5,
            spikeCheckInterval: 0, outboxRetryDelay: .milliseconds(10)
        )
        tune(&options)
        let gateway = try await Gateway.prepare(config: config, options: options)
        let running = Task { try await gateway.run() }
        _ = try await gateway.waitUntilListening()
        return GatewayHarness(telegram: telegram, model: model, sandbox: sandbox, logs: logs, metrics: metrics, gateway: gateway, running: running)
    }

    /// Tests about other rules send more than a person would; limits have tests of their own.
    static func relaxLimits(_ document: inout JSONValue) {
        document.set(
            [
                "perUser": ["rate": "1000/1s", "burst": 1000], "perChat": ["rate": "1000/1s", "burst": 1000],
                "global": ["rate": "1000/1s", "burst": 1000], "maxQueuedPerUser": 100,
            ],
            at: ["limits"]
        )
    }

    /// A second gateway on the same sandbox and simulators, as after a process restart.
    func restarted() async throws -> GatewayHarness {
        try await Self.launch(telegram: telegram, model: model, sandbox: sandbox)
    }

    /// Graceful shutdown of the gateway only.
    func stopGateway() async throws {
        await gateway.shutdown()
        try await running.value
    }

    func stop() async {
        await gateway.shutdown()
        _ = try? await running.value
        await telegram.stop()
        await model.stop()
        sandbox.remove()
    }

    var port: Int { gateway.listeningPort ?? 0 }

    /// Waits until every injected update was taken and fully handled.
    func waitUntilIdle(timeout: Duration = .seconds(10)) async throws {
        try await telegram.waitForPendingUpdatesDrained(timeout: timeout)
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await gateway.isIdle() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw HarnessError("gateway did not become idle within \(timeout)")
    }

    /// Opens the store as the CLI would, in its own connection.
    func withAdmin<T: Sendable>(_ body: (PairingAdmin) async throws -> T) async throws -> T {
        let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:], checkSecrets: false)
        return try await PairingAdmin.withStore(config: config, logger: Self.quiet, body)
    }

    /// Opens the store with the storage key, as `openclaw gdpr` does.
    func withPrivacyAdmin<T: Sendable>(_ body: (PrivacyAdmin) async throws -> T) async throws -> T {
        let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:], checkSecrets: false)
        return try await PrivacyAdmin.withStore(config: config, environment: [:], logger: Self.quiet, body)
    }

    func databaseBytes() throws -> Data {
        try sandbox.databaseBytes()
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), String(buffer: body))
    }

    func post(_ path: String, body: Data, headers: [(String, String)]) async throws -> Int {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(body)
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        return Int(response.status.code)
    }

    func sent(to chatId: Int64) -> [SentMessage] {
        telegram.sentMessages.filter { $0.chatId == chatId }
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension RetryPolicy {
    static let fastForTests = RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20), maxRetryAfter: .seconds(2))
}
