import OpenClawTesting
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
        try await OpenClawProcess.run(["health", "--config", configPath, "--timeout", "10"], environment: ["OPENCLAW_GATEWAY_PORT": String(port)])
    }

    @Test func readyGatewayExitsZero() async throws {
        try await H.withGateway { harness in
            let result = try await Self.health(harness.sandbox.configPath, port: harness.port)
            #expect(result.status == 0, "\(result.output)\(result.error)")
            #expect(result.output.hasPrefix("ready: "))
        }
    }

    @Test func nothingListeningExitsOneWithTheAddress() async throws {
        try await H.withGateway { harness in
            let port = harness.port
            try await harness.stopGateway()
            let result = try await Self.health(harness.sandbox.configPath, port: port)
            #expect(result.status == 1)
            #expect(result.output == "not ready: no gateway answering on 127.0.0.1:\(port) (connection refused)\n")
        }
    }

    /// Telegram refusing the bot for longer than readiness allows: `/readyz` answers 503 and health says why.
    @Test func telegramSilentExitsOneNamingTelegram() async throws {
        let skew = Mutex<TimeInterval>(0)
        try await H.withGateway(tune: { options in
            options.now = { Date().addingTimeInterval(skew.withLock { $0 }) }
            options.pollTimeoutSeconds = 1
        }) { harness in
            let before = try await Self.health(harness.sandbox.configPath, port: harness.port)
            // Once a poll has failed, the poller (one call at a time) can record no later success.
            harness.telegram.revokeToken(replacingWith: TelegramSimulator.fixtureToken(botId: 7_000_000_002))
            try await waitUntil { harness.logs.captured.contains { $0.contains("telegram polling failed") } }
            skew.withLock { $0 = 600 }
            let after = try await Self.health(harness.sandbox.configPath, port: harness.port)
            #expect(before.status == 0, "\(before.output)")
            #expect(after.status == 1)
            #expect(after.output.hasPrefix("not ready: "))
        }
    }
}
