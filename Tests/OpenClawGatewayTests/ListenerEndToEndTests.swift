import Foundation
import OpenClawCore
import OpenClawGateway
import TelegramSimulator
import Testing

/// The HTTP listener against clients that connect and never finish a request.
@Suite(.serialized) struct ListenerEndToEndTests {
    typealias H = GatewayHarness

    static let partialRequest = "POST /telegram-webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"upd"

    @Test func aSlowConnectionFloodNeitherTakesEveryDescriptorNorDelaysTheWebhook() async throws {
        let cap = 64
        // A request timeout far beyond the test's waits: only the cap's eviction can make room.
        let harness = try await H.start(webhook: true, tune: { $0.listener = ListenerLimits(maxConnections: cap, requestTimeout: .seconds(600)) })
        defer { Task { await harness.stop() } }
        let descriptorsBefore = Self.openDescriptors()
        var flood: [RawConnection] = []
        for _ in 0..<300 {
            let connection = try RawConnection(port: harness.port)
            connection.send(Self.partialRequest)
            flood.append(connection)
        }

        let sim = harness.telegram
        let update = sim.privateMessage(from: H.alice, text: "through the flood")
        let status = try await harness.post(
            "/telegram-webhook", body: try JSONEncoder().encode(update),
            headers: [("X-Telegram-Bot-Api-Secret-Token", harness.sandbox.readSecret("telegram_webhook_secret") ?? "")]
        )
        #expect(status == 200)

        try await waitUntil { flood.filter(\.isClosedByPeer).count >= 300 - cap }
        // Our 300 client sockets plus the server's side, which the cap bounds.
        #expect(Self.openDescriptors() - descriptorsBefore <= 300 + cap + 8)
        withExtendedLifetime(flood) {}
    }

    @Test func aRequestNotSentWholeWithinTheTimeoutIsClosed() async throws {
        let harness = try await H.start(webhook: true, tune: { $0.listener = ListenerLimits(requestTimeout: .milliseconds(500)) })
        defer { Task { await harness.stop() } }
        var silent: [RawConnection] = []
        for _ in 0..<20 { silent.append(try RawConnection(port: harness.port)) }
        let dribbling = try RawConnection(port: harness.port)
        dribbling.send("POST /telegram-webhook HTTP/1.1\r\n")
        let stalled = try RawConnection(port: harness.port)
        stalled.send(Self.partialRequest)

        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while !(silent.allSatisfy(\.isClosedByPeer) && dribbling.isClosedByPeer && stalled.isClosedByPeer) {
            guard clock.now < deadline else {
                Issue.record("slow connections were not closed: \(silent.filter(\.isClosedByPeer).count) \(dribbling.isClosedByPeer) \(stalled.isClosedByPeer)")
                return
            }
            // A header line every 100 ms: the slowloris pattern an idle timeout alone lets live.
            if !dribbling.isClosedByPeer { dribbling.send("X-Slow: 1\r\n") }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(harness.metrics.exposition().contains("openclaw_http_connections_closed_total{reason=\"slow_request\"}"))
    }

    static func openDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }

    func waitUntil(timeout: Duration = .seconds(10), _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { throw HarnessError("condition not met within \(timeout)") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
