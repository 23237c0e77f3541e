import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Foundation
package import OpenClawTelegram

/// One `openclaw gateway` process in webhook mode, as one of several replicas behind a load
/// balancer: the test posts deliveries to it directly, on the port it chose.
package struct WebhookReplica: Sendable {
    package let process: GatewayProcess
    package let port: Int
    let secret: String
    let path: String

    /// Starts the gateway of `sandbox` (its config in webhook mode) and waits until it listens.
    package static func start(_ sandbox: SandboxDeployment, name: String, path: String = "/telegram-webhook") async throws -> WebhookReplica {
        let process = try GatewayProcess(config: sandbox.configPath, logFile: sandbox.directory + "/\(name).log")
        let deadline = ContinuousClock.now + .seconds(30)
        while true {
            if let port = listeningPort(in: process.log()) {
                return WebhookReplica(process: process, port: port, secret: sandbox.readSecret("telegram_webhook_secret") ?? "", path: path)
            }
            guard ContinuousClock.now < deadline else {
                try? await process.kill()
                throw HarnessError("\(name) did not start listening within 30 s: \(process.log().suffix(1500))")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Delivers `update` as Telegram would (with the webhook secret); the HTTP status. (To a dead
    /// replica the client keeps trying to connect until `timeout`.)
    package func deliver(_ update: Update, timeout: Duration = .seconds(20)) async throws -> Int {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "X-Telegram-Bot-Api-Secret-Token", value: secret)
        request.body = .bytes(try JSONEncoder().encode(update))
        let response = try await HTTPClient.shared.execute(request, timeout: .milliseconds(Int64(timeout / .milliseconds(1))))
        return Int(response.status.code)
    }

    /// The port of the JSON log's "gateway listening" line.
    static func listeningPort(in log: String) -> Int? {
        for line in log.split(separator: "\n") where line.contains("gateway listening") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            let metadata = object["metadata"] as? [String: Any] ?? object
            if let port = (metadata["port"] as? String).flatMap(Int.init) ?? metadata["port"] as? Int, port > 0 { return port }
        }
        return nil
    }
}
