import AsyncHTTPClient
import NIOCore
import NIOHTTP1
package import Foundation
package import Logging
package import ModelSimulator
package import OpenClawCore
package import OpenClawGateway
package import OpenClawLLM
import OpenClawStore
package import OpenClawTelegram
package import TelegramSimulator

/// A real gateway against the Telegram simulator and a fake model server, all on loopback.
///
/// Use it through `withGateway { harness in … }`: the gateway starts, the body runs, and the
/// gateway and simulators are stopped and awaited before it returns — a failure anywhere surfaces.
package final class GatewayHarness: Sendable {
    package static let alice = TelegramUser(id: 1001, firstName: "Alice", username: "alice")
    package static let bob = TelegramUser(id: 1002, firstName: "Bob", username: "bob")
    package static let mallory = TelegramUser(id: 6666, firstName: "Mallory", username: "mallory")
    package static let groupId: Int64 = -100_123_456
    package static let quiet = Logger(label: "simulator") { _ in SwiftLogNoOpLogHandler() }
    /// The URL registered as the webhook in webhook mode; the simulator delivers to the gateway's real port.
    package static let webhookURL = "https://openclaw.test/telegram-webhook"

    package let telegram: TelegramSimulator
    package let model: ModelSimulator
    package let sandbox: SandboxDeployment
    package let logs: LogSink
    package let metrics: GatewayMetrics
    package let gateway: Gateway
    private let running: Task<Void, any Error>

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

    /// Starts the simulators and a gateway, runs `body`, then stops and awaits everything.
    ///
    /// - Parameters:
    ///   - webhook: webhook intake (the gateway listens on a port it chose; the simulator delivers there).
    ///   - watchConfig: the gateway watches the sandbox's config file, as `openclaw gateway` does.
    ///   - postgres: the store on PostgreSQL whatever `OPENCLAW_TEST_BACKEND` says.
    ///   - pacing: outbound pacing in place of the config's `channels.telegram.pacing` (nil: as configured).
    ///   - secrets: extra secret files (id → value) written before the gateway starts.
    ///   - adjust: changes to the sandbox's config document.
    ///   - tune: changes to the gateway's options (clock, retry delays …) after the harness's own.
    ///   - prepare: changes to the sandbox's files (secrets, their ages) before the gateway starts.
    package static func withGateway<T>(
        webhook: Bool = false,
        watchConfig: Bool = false,
        postgres: Bool = false,
        pacing: PacingLimits? = .unlimited,
        secrets: [String: String] = [:],
        adjust: (inout JSONValue) -> Void = { _ in },
        tune: (inout GatewayOptions) -> Void = { _ in },
        prepare: (SandboxDeployment) throws -> Void = { _ in },
        _ body: (GatewayHarness) async throws -> T
    ) async throws -> T {
        let telegram = try await TelegramSimulator.start(logger: Self.quiet)
        let model = try await ModelSimulator.start(logger: Self.quiet)
        let harness: GatewayHarness
        do {
            let sandbox = try SandboxDeployment.create(
                telegramAPIRoot: telegram.apiRoot, botToken: telegram.token, modelBaseURL: model.baseURL, postgres: postgres
            ) { document in
                relaxLimits(&document)
                if webhook {
                    document.set(.string(webhookURL), at: ["channels", "telegram", "webhookUrl"])
                    document.set(["source": "file", "id": "telegram_webhook_secret"], at: ["channels", "telegram", "webhookSecret"])
                }
                adjust(&document)
            }
            for (id, value) in secrets { try sandbox.writeSecret(id, value) }
            try prepare(sandbox)
            harness = try await launch(
                telegram: telegram, model: model, sandbox: sandbox, watchConfig: watchConfig, pacing: pacing, tune: tune
            )
        } catch {
            await telegram.stop()
            await model.stop()
            throw error
        }
        do {
            let result = try await body(harness)
            try await harness.stop()
            return result
        } catch {
            try? await harness.stop()
            throw error
        }
    }

    /// A gateway on an existing sandbox and simulators (a restart); stop it with `stopGateway()`.
    package static func launch(
        telegram: TelegramSimulator, model: ModelSimulator, sandbox: SandboxDeployment, watchConfig: Bool = false,
        pacing: PacingLimits? = .unlimited, tune: (inout GatewayOptions) -> Void = { _ in }
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
        if watchConfig { options.configPath = sandbox.configPath }
        tune(&options)
        let gateway = try await Gateway.prepare(config: config, options: options)
        let running = Task { try await gateway.run() }
        let port = try await gateway.waitUntilListening()
        if config.telegram.webhookUrl != nil {
            telegram.deliverWebhooks(to: "http://127.0.0.1:\(port)\(config.telegram.webhookPath)")
        }
        return GatewayHarness(telegram: telegram, model: model, sandbox: sandbox, logs: logs, metrics: metrics, gateway: gateway, running: running)
    }

    /// Tests about other rules send more than a person would; limits have tests of their own.
    package static func relaxLimits(_ document: inout JSONValue) {
        document.set(
            [
                "perUser": ["rate": "1000/1s", "burst": 1000], "perChat": ["rate": "1000/1s", "burst": 1000],
                "global": ["rate": "1000/1s", "burst": 1000], "maxQueuedPerUser": 100,
            ],
            at: ["limits"]
        )
    }

    /// A second gateway on the same sandbox and simulators, as after a process restart.
    package func restarted(tune: (inout GatewayOptions) -> Void = { _ in }) async throws -> GatewayHarness {
        try await Self.launch(telegram: telegram, model: model, sandbox: sandbox, tune: tune)
    }

    /// Graceful shutdown of the gateway only; after `grace`, what is still running (a model call
    /// a test left hanging) is cancelled.
    package func stopGateway(grace: Duration = .seconds(5)) async throws {
        await gateway.shutdown()
        let running = running
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await running.value }
            group.addTask {
                try await Task.sleep(for: grace) // deadline
                running.cancel()
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// The gateway, then the simulators; the sandbox's files are removed.
    package func stop() async throws {
        try await withTeardown {
            do {
                try await stopGateway()
            } catch is CancellationError {
            }
        } teardown: {
            await telegram.stop()
            await model.stop()
            await sandbox.remove()
        }
    }

    package var port: Int { gateway.listeningPort ?? 0 }

    /// Waits until every injected update was taken and fully handled, and every reply sent.
    package func waitUntilIdle(timeout: Duration = .seconds(20)) async throws {
        try await telegram.waitForPendingUpdatesDrained(timeout: timeout)
        try await waitUntil(timeout: timeout, "the gateway did not become idle") { await gateway.isIdle() }
    }

    /// Opens the store as the CLI would, in its own connection.
    package func withAdmin<T: Sendable>(_ body: (PairingAdmin) async throws -> T) async throws -> T {
        let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:], checkSecrets: false)
        return try await PairingAdmin.withStore(config: config, logger: Self.quiet, body)
    }

    /// Opens the store with the storage key, as `openclaw gdpr` does.
    package func withPrivacyAdmin<T: Sendable>(_ body: (PrivacyAdmin) async throws -> T) async throws -> T {
        let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:], checkSecrets: false)
        return try await PrivacyAdmin.withStore(config: config, environment: [:], logger: Self.quiet, body)
    }

    package func databaseBytes() async throws -> Data {
        try await sandbox.databaseBytes()
    }

    package func get(_ path: String, headers: [(String, String)] = []) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), String(buffer: body))
    }

    package func post(_ path: String, body: Data, headers: [(String, String)]) async throws -> Int {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(body)
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(20))
        return Int(response.status.code)
    }

    package func sent(to chatId: Int64) -> [SentMessage] {
        telegram.sentMessages.filter { $0.chatId == chatId }
    }
}

/// Waits until `condition` holds, checking every 20 ms, or throws after `timeout`.
package func waitUntil(
    timeout: Duration = .seconds(20), _ failure: String = "condition not met", _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while try await !condition() {
        guard ContinuousClock.now < deadline else { throw HarnessError("\(failure) within \(timeout)") }
        try await Task.sleep(for: .milliseconds(20))
    }
}

package struct HarnessError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}

extension RetryPolicy {
    package static let fastForTests = RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20), maxRetryAfter: .seconds(2))
}
