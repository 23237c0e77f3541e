import AsyncHTTPClient
import Foundation
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import Synchronization
import Testing
import TelegramSimulator

/// `openclaw health`, the container's healthcheck, run as a process against a real gateway.
@Suite(.serialized) struct HealthCommandTests {
    typealias H = GatewayHarness

    static func health(_ configPath: String, port: Int) async throws -> OpenClawProcess.Result {
        try await OpenClawProcess.run(["health", "--config", configPath, "--timeout", "2"], environment: ["OPENCLAW_GATEWAY_PORT": String(port)])
    }

    @Test func readyGatewayExitsZero() async throws {
        let harness = try await H.start()
        defer { Task { await harness.stop() } }
        let result = try await Self.health(harness.sandbox.configPath, port: harness.port)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.hasPrefix("ready: "))
    }

    @Test func nothingListeningExitsOneWithTheAddress() async throws {
        let harness = try await H.start()
        let config = harness.sandbox.configPath
        let port = harness.port
        try await harness.stopGateway()
        let result = try await Self.health(config, port: port)
        await harness.stop()
        #expect(result.status == 1)
        #expect(result.output == "not ready: no gateway answering on 127.0.0.1:\(port) (connection refused)\n")
    }

    /// Telegram refusing the bot for longer than readiness allows: `/readyz` answers 503 and health says why.
    @Test func telegramSilentExitsOneNamingTelegram() async throws {
        let telegram = try await TelegramSimulator.start(logger: H.quiet)
        let model = try await ModelSimulator.start(logger: H.quiet)
        let sandbox = try SandboxDeployment.create(telegramAPIRoot: telegram.apiRoot, botToken: telegram.token, modelBaseURL: model.baseURL)
        let logs = LogSink.capturing()
        let logger = Logger(label: "openclaw.test") { label in JSONLogHandler(label: label, level: .info, sink: logs) }
        let skew = Mutex<TimeInterval>(0)
        let options = GatewayOptions(environment: [:], logger: logger, now: { Date().addingTimeInterval(skew.withLock { $0 }) }, pollTimeoutSeconds: 1)
        let gateway = try await Gateway.prepare(config: try ConfigLoader.load(path: sandbox.configPath, environment: [:]), options: options)
        let running = Task { try await gateway.run() }
        let port = try await gateway.waitUntilListening()
        let before = try await Self.health(sandbox.configPath, port: port)

        // Once a poll has failed, the poller (one call at a time) can record no later success.
        telegram.revokeToken(replacingWith: TelegramSimulator.fixtureToken(botId: 7_000_000_002))
        let deadline = ContinuousClock.now + .seconds(10)
        while !logs.captured.contains(where: { $0.contains("telegram polling failed") }), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        skew.withLock { $0 = 600 }
        let after = try await Self.health(sandbox.configPath, port: port)
        await gateway.shutdown()
        _ = try? await running.value
        await telegram.stop()
        await model.stop()
        sandbox.remove()

        #expect(before.status == 0, "\(before.output)")
        #expect(after.status == 1)
        #expect(after.output.hasPrefix("not ready: "))
    }
}
