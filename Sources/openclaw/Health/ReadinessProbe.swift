import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OpenClawCore

/// One question to a running gateway's `/readyz` on its own listener, answered in one line.
struct ReadinessProbe {
    /// What `/readyz` said, or why it could not be asked.
    enum Outcome: Equatable {
        case ready(String)
        case notReady(String)

        var line: String {
            switch self {
            case .ready(let detail): "ready: \(detail)"
            case .notReady(let reason): "not ready: \(reason)"
            }
        }
    }

    /// The body `/readyz` answers with (see `GatewayRoutes`): `ready` for anyone, the parts only
    /// for a caller with the gateway token, which this probe does not send.
    struct Report: Decodable {
        var ready: Bool?
        var store: Bool?
        var telegram: Bool?
        var expiredSecrets: [String]?
    }

    /// Timeouts outside this range are clamped: a healthcheck must neither spin nor hang.
    static let timeoutRange = 1...60

    let host: String
    let port: Int
    let timeoutSeconds: Int

    /// Probes the address the gateway listens on; a wildcard bind is asked on loopback.
    init(gateway: GatewayConfig, timeoutSeconds: Int) {
        switch gateway.host {
        case "0.0.0.0": host = "127.0.0.1"
        case "::", "[::]": host = "::1"
        default: host = gateway.host
        }
        port = gateway.port
        self.timeoutSeconds = min(max(timeoutSeconds, Self.timeoutRange.lowerBound), Self.timeoutRange.upperBound)
    }

    var url: String {
        let literal = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(literal):\(port)/readyz"
    }

    func check() async -> Outcome {
        let address = "\(host):\(port)"
        let status: UInt
        let body: ByteBuffer
        do {
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(Int64(timeoutSeconds)))
            status = response.status.code
            body = try await response.body.collect(upTo: 64 * 1024)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            return .notReady("no answer from the gateway on \(address) within \(timeoutSeconds) s")
        } catch {
            return .notReady("no gateway answering on \(address) (\(Self.summary(of: error)))")
        }
        return Self.outcome(status: status, body: Data(String(buffer: body).utf8))
    }

    static func outcome(status: UInt, body: Data) -> Outcome {
        guard status == 200 || status == 503, let report = try? JSONDecoder().decode(Report.self, from: body) else {
            return .notReady("/readyz answered HTTP \(status)")
        }
        var problems: [String] = []
        if report.store == false { problems.append("the store is not open") }
        if report.telegram == false { problems.append("Telegram has not answered for over 2 minutes") }
        if status != 200 || report.ready == false || !problems.isEmpty {
            return .notReady(problems.isEmpty ? "the gateway reports not ready (HTTP \(status))" : problems.joined(separator: "; "))
        }
        guard report.store != nil else { return .ready("the gateway reports ready") }
        let expired = (report.expiredSecrets ?? []).isEmpty ? "" : "; expired secrets to rotate: \((report.expiredSecrets ?? []).joined(separator: ", "))"
        return .ready("store open, Telegram reachable\(expired)")
    }

    /// A short cause: NIO's connection errors describe every address tried at length.
    private static func summary(of error: any Error) -> String {
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("refused") { return "connection refused" }
        return String(text.prefix(120))
    }
}
