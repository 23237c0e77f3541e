import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OpenClawCore
import OpenClawGateway
import OpenClawTesting
import TelegramSimulator
import Testing

/// Failed webhook authentication: throttled per source (429 after a burst of 10), reported as one
/// line per source and interval in the stderr log and, with the address, in `logging.authLog`,
/// which the shipped fail2ban filter reads.
@Suite(.serialized) struct WebhookAuthThrottleTests {
    typealias H = GatewayHarness

    static let attacker = "203.0.113.7"
    static let telegramEdge = "149.154.167.220"

    struct Answer {
        var status: Int
        var retryAfter: String?
    }

    /// A gateway in webhook mode behind a proxy on loopback, writing its security log to `authLog`.
    static func withThrottledGateway(
        authLog: String, reportEvery interval: Duration = .milliseconds(200), _ body: (GatewayHarness) async throws -> Void
    ) async throws {
        try await H.withGateway(
            webhook: true,
            adjust: { document in
                IntakeEndToEndTests.allowAlice(&document)
                document.set(["127.0.0.1"], at: ["gateway", "trustedProxies"])
                document.set(.string(authLog), at: ["logging", "authLog"])
            },
            tune: {
                $0.authFailureReportInterval = interval
                // One failure back per minute, not per 6 s: ten requests on a loaded machine can take longer.
                $0.authFailureRule = RateRule("10/10m", burst: 10)
            },
            body
        )
    }

    static func post(_ harness: GatewayHarness, secret: String?, forwardedFor: String?, body: Data) async throws -> Answer {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(harness.port)/telegram-webhook")
        request.method = .POST
        if let secret { request.headers.add(name: "X-Telegram-Bot-Api-Secret-Token", value: secret) }
        if let forwardedFor { request.headers.add(name: "X-Forwarded-For", value: forwardedFor) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        _ = try await response.body.collect(upTo: 1 << 16)
        return Answer(status: Int(response.status.code), retryAfter: response.headers.first(name: "Retry-After"))
    }

    static func temporaryLogPath() throws -> String {
        let directory = FileManager.default.temporaryDirectory.path + "/openclaw-authlog-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/auth.log"
    }

    /// Waits until the security log holds a line for every one of `sources`.
    static func waitForLines(_ path: String, sources: [String], timeout: Duration = .seconds(10)) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let lines = text.split(separator: "\n").map(String.init)
            if sources.allSatisfy({ source in lines.contains { $0.contains(" source=\(source) ") } }) { return lines }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw HarnessError("no security log line for every one of \(sources) within \(timeout)")
    }

    @Test func failuresPastTheBurstAreThrottledPerSourceAndReportedOncePerInterval() async throws {
        let authLog = try Self.temporaryLogPath()
        // One interval for the whole test: its summary is written when the gateway stops.
        try await Self.withThrottledGateway(authLog: authLog, reportEvery: .seconds(3600)) { harness in
            let secret = try #require(harness.sandbox.readSecret("telegram_webhook_secret"))
            let update = try JSONEncoder().encode(harness.telegram.privateMessage(from: H.alice, text: "through the proxy"))

            // Ten wrong guesses from one client behind the proxy are answered 401…
            for guess in 0..<10 {
                let answer = try await Self.post(harness, secret: "guess-\(guess)", forwardedFor: Self.attacker, body: update)
                #expect(answer.status == 401)
            }
            // …then the source waits: 429 with Retry-After for each further failure.
            for guess in 10..<12 {
                let throttled = try await Self.post(harness, secret: "guess-\(guess)", forwardedFor: Self.attacker, body: update)
                #expect(throttled.status == 429)
                #expect(throttled.retryAfter.flatMap(Int.init).map { (1...60).contains($0) } == true, "Retry-After: \(throttled.retryAfter ?? "none")")
            }

            // The right secret is never refused for failures, whoever made them: neither from
            // Telegram's own address nor from the throttled one (Telegram behind a shared proxy).
            #expect(try await Self.post(harness, secret: secret, forwardedFor: Self.telegramEdge, body: update).status == 200)
            #expect(try await Self.post(harness, secret: secret, forwardedFor: Self.attacker, body: update).status == 200)
            // A header the client sets itself is not believed: the proxy's own entry (rightmost) counts.
            #expect(try await Self.post(harness, secret: "spoof", forwardedFor: "\(Self.telegramEdge), 198.51.100.23", body: update).status == 401)

            let metrics = harness.metrics.exposition()
            #expect(metrics.contains(#"openclaw_webhook_requests_total{result="throttled"} 2"#))
            #expect(metrics.contains("openclaw_webhook_auth_failures_total 13"), "12 wrong secrets and the spoofed one")
            #expect(try String(contentsOfFile: authLog, encoding: .utf8).isEmpty, "nothing is written per request")
            try await harness.stopGateway()

            let lines = try await Self.waitForLines(authLog, sources: [Self.attacker, "198.51.100.23"])
            let attackerLines = lines.filter { $0.contains(" source=\(Self.attacker) ") }
            #expect(attackerLines.count == 1, "one line for twelve attempts: \(attackerLines)")
            let line = try #require(attackerLines.first)
            #expect(line.contains("openclaw webhook auth failed: source=203.0.113.7 failures=10 throttled=2 interval="))
            #expect(!lines.contains { $0.contains(Self.telegramEdge) }, "the right secret is never reported")

            // The stderr JSON log says the same with the address redacted, once per source.
            let json = harness.logs.captured.filter { $0.contains("\"webhook auth failed\"") }
            #expect(json.count == 2, "\(json)")
            #expect(!harness.logs.captured.joined().contains(Self.attacker))
            #expect(json.contains { $0.contains("\"failures\":\"10\"") && $0.contains("\"throttled\":\"2\"") })
        }
    }

    @Test func fail2banRegexMatchesTheLinesTheGatewayWrote() async throws {
        #expect(HostTool.installed("fail2ban-regex"), "fail2ban-regex is missing: apt-get install fail2ban (.ci/run does)")
        let authLog = try Self.temporaryLogPath()
        let sources = [Self.attacker, "2001:db8:1:2::/64", "198.51.100.23"]
        try await Self.withThrottledGateway(authLog: authLog) { harness in
            let update = try JSONEncoder().encode(harness.telegram.privateMessage(from: H.alice, text: "x"))
            for _ in 0..<3 { _ = try await Self.post(harness, secret: "wrong", forwardedFor: Self.attacker, body: update) }
            _ = try await Self.post(harness, secret: nil, forwardedFor: "2001:db8:1:2::99", body: update)
            _ = try await Self.post(harness, secret: "wrong", forwardedFor: "198.51.100.23", body: update)
            _ = try await Self.waitForLines(authLog, sources: sources)
        }

        let filter = HostTool.repositoryRoot + "/deploy/fail2ban/filter.d/openclaw-webhook.conf"
        let result = try await HostTool.run(["fail2ban-regex", "--print-all-matched", authLog, filter])
        print(result.text)
        #expect(result.status == 0, "\(result.text)")
        let lineCount = try String(contentsOfFile: authLog, encoding: .utf8).split(separator: "\n").count
        #expect(result.text.contains("Lines: \(lineCount) lines, 0 ignored, \(lineCount) matched, 0 missed"), "\(result.text)")
        for source in sources {
            #expect(result.text.contains(source), "fail2ban did not read \(source)")
        }
    }

    @Test func theShippedJailsPassFail2bansConfigurationTest() async throws {
        let directory = FileManager.default.temporaryDirectory.path + "/openclaw-fail2ban-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try await HostTool.run(["cp", "-a", "/etc/fail2ban/.", directory + "/"]).status == 0, "fail2ban is not installed")
        let shipped = HostTool.repositoryRoot + "/deploy/fail2ban"
        try FileManager.default.copyItem(atPath: shipped + "/filter.d/openclaw-webhook.conf", toPath: directory + "/filter.d/openclaw-webhook.conf")
        let jail = try String(contentsOfFile: shipped + "/jail.d/openclaw.local", encoding: .utf8)
            .replacingOccurrences(of: "@OPENCLAW_AUTH_LOG@", with: directory + "/auth.log")
        try jail.write(toFile: directory + "/jail.d/openclaw.local", atomically: true, encoding: .utf8)
        // This machine has no /var/log/auth.log for the sshd jail; point it at an empty file.
        try "[DEFAULT]\nsyslog_authpriv = \(directory)/ssh.log\n".write(toFile: directory + "/paths-overrides.local", atomically: true, encoding: .utf8)
        for file in ["auth.log", "ssh.log"] { _ = FileManager.default.createFile(atPath: directory + "/" + file, contents: nil) }

        let checked = try await HostTool.run(["fail2ban-client", "-c", directory, "-t"])
        #expect(checked.status == 0, "\(checked.text)")
        let dump = try await HostTool.run(["fail2ban-client", "-c", directory, "-d"])
        #expect(dump.text.contains("['add', 'openclaw-webhook', 'polling']"))
        #expect(dump.text.contains("['set', 'openclaw-webhook', 'addlogpath', '\(directory)/auth.log', 'head']"))
        #expect(dump.text.contains("['set', 'openclaw-webhook', 'addaction', 'ufw']"))
        #expect(dump.text.contains("['add', 'sshd',"))
        #expect(dump.text.contains("['set', 'openclaw-webhook', 'addignoreip', '127.0.0.1/8', '::1', '149.154.160.0/20', '91.108.4.0/22']"))
    }
}
