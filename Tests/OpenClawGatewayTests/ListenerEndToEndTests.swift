import OpenClawTesting
import Foundation
import OpenClawCore
import OpenClawGateway
import TelegramSimulator
import Testing

/// The HTTP listener against clients that connect and never finish a request.
@Suite(.serialized) struct ListenerEndToEndTests {
    typealias H = GatewayHarness

    /// A request head that never ends: the server can neither route nor answer it.
    static let partialHead = "POST /telegram-webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    /// A whole head and a body that stops short of its Content-Length.
    static let partialBody = "POST /telegram-webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4096\r\n\r\n{\"upd"

    @Test func aSlowConnectionFloodNeitherTakesEveryDescriptorNorDelaysTheWebhook() async throws {
        let cap = 64
        // A request timeout far beyond the test's waits: only the cap's eviction can make room.
        try await H.withGateway(webhook: true, tune: { $0.listener = ListenerLimits(maxConnections: cap, requestTimeout: .seconds(600)) }) { harness in
            var flood: [RawConnection] = []
            for _ in 0..<300 {
                let connection = try RawConnection(port: harness.port)
                connection.send(Self.partialHead)
                flood.append(connection)
            }

            let sim = harness.telegram
            let update = sim.privateMessage(from: H.alice, text: "through the flood")
            let status = try await harness.post(
                "/telegram-webhook", body: try JSONEncoder().encode(update),
                headers: [("X-Telegram-Bot-Api-Secret-Token", harness.sandbox.readSecret("telegram_webhook_secret") ?? "")]
            )
            #expect(status == 200)

            // The webhook's own connection also took a slot, so one more flood connection goes: wait
            // for the kernel's table to settle at the cap rather than reading it mid-eviction.
            var seen = (closed: 0, held: 0)
            do {
                try await waitUntil(timeout: .seconds(30)) {
                    seen = (flood.filter(\.isClosedByPeer).count, Self.serverHeldConnections(port: harness.port))
                    return seen.closed >= 300 - cap && seen.held <= cap
                }
            } catch {
                Issue.record("flood connections closed: \(seen.closed) of 300, held by the server: \(seen.held) (cap \(cap))")
                throw error
            }
            withExtendedLifetime(flood) {}
        }
    }

    @Test func aRequestNotSentWholeWithinTheTimeoutIsClosed() async throws {
        try await H.withGateway(webhook: true, tune: { $0.listener = ListenerLimits(requestTimeout: .milliseconds(500)) }) { harness in
            var silent: [RawConnection] = []
            for _ in 0..<20 { silent.append(try RawConnection(port: harness.port)) }
            let dribbling = try RawConnection(port: harness.port)
            dribbling.send("POST /telegram-webhook HTTP/1.1\r\n")
            let stalled = try RawConnection(port: harness.port)
            stalled.send(Self.partialBody)

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
    }

    /// Connections the listener on `port` still holds a descriptor for (established, or closed by
    /// the client but not yet by the server), from the kernel's table.
    static func serverHeldConnections(port: Int) -> Int {
        // procfs files report size 0: read to the end rather than by size.
        guard let data = FileHandle(forReadingAtPath: "/proc/net/tcp")?.readDataToEndOfFile() else { return 0 }
        let table = String(decoding: data, as: UTF8.self)
        let localPort = String(format: "%04X", port)
        return table.split(separator: "\n").dropFirst().filter { line in
            let fields = line.split(separator: " ")
            guard fields.count > 3 else { return false }
            return fields[1].hasSuffix(":" + localPort) && (fields[3] == "01" || fields[3] == "08")
        }.count
    }

    func waitUntil(timeout: Duration = .seconds(10), _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { throw HarnessError("condition not met within \(timeout)") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
