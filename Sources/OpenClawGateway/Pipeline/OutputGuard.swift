import Foundation
import OpenClawCore

/// Cleans a model reply before it is sent: a model can be talked into echoing what it saw, so
/// the gateway's own secrets and anything key-shaped are replaced.
struct OutputGuard: Sendable {
    static let ownSecretToken = "[SECRET:openclaw]"
    private static let redactor = Redactor(.secretsOnly)

    let runtime: GatewayRuntime

    func clean(_ reply: String) -> String {
        var text = reply
        for value in runtime.live.all.values where value.count >= 8 && text.contains(value) {
            text = text.replacingOccurrences(of: value, with: Self.ownSecretToken)
        }
        return Self.redactor.redact(text)
    }
}
