import OpenClawTesting
import AsyncHTTPClient
import Foundation
import NIOCore

/// A real Prometheus on loopback, configured from the shipped deploy/prometheus/prometheus.yml
/// with only what differs outside compose replaced: the target, the token file, the intervals.
final class PrometheusProcess: Sendable {
    let baseURL: String
    let directory: String
    private let process: Process

    private init(baseURL: String, directory: String, process: Process) {
        self.baseURL = baseURL
        self.directory = directory
        self.process = process
    }

    static func start(scraping gatewayPort: Int, tokenFile: String) async throws -> PrometheusProcess {
        let root = SecretsToolingTests.repositoryRoot
        let directory = FileManager.default.temporaryDirectory.path + "/prometheus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        var config = try String(contentsOfFile: root + "/deploy/prometheus/prometheus.yml", encoding: .utf8)
        for (shipped, local) in [
            ("openclaw:18789", "127.0.0.1:\(gatewayPort)"),
            ("/run/secrets/gateway_token", tokenFile),
            ("/etc/prometheus/alerts.yml", root + "/deploy/prometheus/alerts.yml"),
            ("scrape_interval: 15s", "scrape_interval: 1s"),
            ("scrape_timeout: 10s", "scrape_timeout: 1s"),
            ("evaluation_interval: 15s", "evaluation_interval: 1s"),
            // No Alertmanager in this test; the rules' states are read from Prometheus itself.
            ("targets: [\"alertmanager:9093\"]", "targets: []"),
        ] {
            guard config.contains(shipped) else { throw HarnessError("deploy/prometheus/prometheus.yml no longer contains \(shipped)") }
            config = config.replacingOccurrences(of: shipped, with: local)
        }
        try config.write(toFile: directory + "/prometheus.yml", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "prometheus", "--config.file=\(directory)/prometheus.yml", "--storage.tsdb.path=\(directory)/data",
            "--web.listen-address=127.0.0.1:0", "--log.level=info",
        ]
        guard FileManager.default.createFile(atPath: directory + "/prometheus.log", contents: nil) else {
            throw HarnessError("cannot create \(directory)/prometheus.log")
        }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/prometheus.log"))
        process.standardOutput = log
        process.standardError = log
        try process.run()
        do {
            let address = try await listeningAddress(logPath: directory + "/prometheus.log", process: process)
            return PrometheusProcess(baseURL: "http://" + address, directory: directory, process: process)
        } catch {
            process.terminate()
            process.waitUntilExit()
            throw error
        }
    }

    /// The address Prometheus bound for port 0, from its own `msg="Listening on" address=…` line.
    private static func listeningAddress(logPath: String, process: Process) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline, process.isRunning {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            for line in log.split(separator: "\n") where line.contains(#"msg="Listening on""#) {
                if let range = line.range(of: "address=") {
                    let address = line[range.upperBound...].prefix { !$0.isWhitespace }
                    if !address.hasSuffix(":0") { return String(address) }
                }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        throw HarnessError("Prometheus did not report a listening address\n\(log)")
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    var log: String {
        (try? String(contentsOfFile: directory + "/prometheus.log", encoding: .utf8)) ?? ""
    }

    /// `GET /api/v1/<path>`'s `data`, nil while Prometheus is not answering.
    func api(_ path: String) async -> Any? {
        guard let response = try? await HTTPClient.shared.execute(HTTPClientRequest(url: baseURL + "/api/v1/" + path), timeout: .seconds(5)),
              let body = try? await response.body.collect(upTo: 1 << 22),
              let document = try? JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8)) as? [String: Any],
              document["status"] as? String == "success"
        else { return nil }
        return document["data"]
    }

    /// How many series an instant query returns.
    func query(_ expression: String) async throws -> Int {
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "query", value: expression)]
        let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        guard let data = await api("query?" + encoded) as? [String: Any] else {
            throw HarnessError("Prometheus rejected the query \(expression)\n\(log)")
        }
        return (data["result"] as? [Any])?.count ?? 0
    }

    /// Waits until `expression` returns at least one series.
    func waitFor(_ expression: String, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if (try? await query(expression)) ?? 0 > 0 { return }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw HarnessError("Prometheus never saw \(expression) within \(timeout)\n\(log)")
    }

    /// The names of firing alerts, once `expected` all fire or `timeout` passes.
    func waitForFiring(_ expected: Set<String>, timeout: Duration) async throws -> Set<String> {
        let deadline = ContinuousClock.now + timeout
        var firing: Set<String> = []
        while ContinuousClock.now < deadline {
            let alerts = (await api("alerts") as? [String: Any])?["alerts"] as? [[String: Any]] ?? []
            firing = Set(alerts.compactMap { alert in
                guard alert["state"] as? String == "firing" else { return nil }
                return (alert["labels"] as? [String: Any])?["alertname"] as? String
            })
            if firing.isSuperset(of: expected) { return firing }
            try await Task.sleep(for: .milliseconds(500))
        }
        return firing
    }
}
