#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Synchronization

/// The secret values the running gateway uses, by the config key path that references them.
///
/// Readers (the Telegram client, provider endpoints, the webhook route) ask on every use, so a
/// value swapped in by `SecretWatcher` takes effect on the next request without a restart.
final class LiveSecrets: Sendable {
    static let botToken = "channels.telegram.botToken"
    static let webhookSecret = "channels.telegram.webhookSecret"
    static let gatewayToken = "gateway.auth.token"

    struct RetiredWebhookSecret {
        var value: String
        var acceptedUntil: Date
    }

    private struct State {
        var values: [String: String]
        var retiredWebhookSecret: RetiredWebhookSecret?
    }

    private let state: Mutex<State>

    init(values: [String: String]) {
        state = Mutex(State(values: values, retiredWebhookSecret: nil))
    }

    /// Reads (and format-checks) every secret the configuration references.
    static func load(_ config: OpenClawConfig, reader: SecretReader) throws(ConfigError) -> LiveSecrets {
        LiveSecrets(values: try reader.readAll(in: config))
    }

    func value(_ keyPath: String) -> String? {
        state.withLock { $0.values[keyPath] }
    }

    var all: [String: String] {
        state.withLock { $0.values }
    }

    func replace(_ keyPath: String, with value: String) {
        state.withLock { $0.values[keyPath] = value }
    }

    /// Installs a new webhook secret while the old one stays valid until `until`, so updates
    /// Telegram signed before it learnt the new secret are not refused.
    func rotateWebhookSecret(to value: String, acceptingOldUntil until: Date) {
        state.withLock { state in
            if let old = state.values[Self.webhookSecret], old != value {
                state.retiredWebhookSecret = RetiredWebhookSecret(value: old, acceptedUntil: until)
            }
            state.values[Self.webhookSecret] = value
        }
    }

    /// Constant-time check against the current secret and, within its grace window, the previous one.
    func acceptsWebhookSecret(_ presented: String, at now: Date) -> Bool {
        let (current, retired) = state.withLock { ($0.values[Self.webhookSecret], $0.retiredWebhookSecret) }
        var accepted = false
        if let current, ConstantTime.equals(presented, current) { accepted = true }
        if let retired, now < retired.acceptedUntil, ConstantTime.equals(presented, retired.value) { accepted = true }
        return accepted
    }
}
