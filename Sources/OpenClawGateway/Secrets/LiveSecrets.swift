#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawFiles
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
        /// The webhook secret Telegram last accepted in `setWebhook`: it is what Telegram signs
        /// with, so it stays accepted for as long as a newer one waits to be registered.
        var registeredWebhookSecret: String?
        /// The secret registered before the current one, for the grace window after the switch.
        var retiredWebhookSecret: RetiredWebhookSecret?
    }

    private let state: Mutex<State>

    /// - Parameter values: as read at start, when the webhook (if any) is registered with them.
    init(values: [String: String]) {
        state = Mutex(State(values: values, registeredWebhookSecret: values[Self.webhookSecret], retiredWebhookSecret: nil))
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

    /// Makes `value` the webhook secret to register; the registered one stays accepted until
    /// `webhookSecretRegistered` reports that Telegram switched.
    func rotateWebhookSecret(to value: String) {
        state.withLock { $0.values[Self.webhookSecret] = value }
    }

    /// The current webhook secret when Telegram has not yet accepted it, else nil.
    var webhookSecretAwaitingRegistration: String? {
        state.withLock { state in
            guard let current = state.values[Self.webhookSecret], current != state.registeredWebhookSecret else { return nil }
            return current
        }
    }

    /// Telegram accepted `value` at `now`: the secret it replaces stays accepted until `until`,
    /// for updates Telegram signed before it switched.
    func webhookSecretRegistered(_ value: String, acceptingOldUntil until: Date) {
        state.withLock { state in
            guard state.registeredWebhookSecret != value else { return }
            if let old = state.registeredWebhookSecret {
                state.retiredWebhookSecret = RetiredWebhookSecret(value: old, acceptedUntil: until)
            }
            state.registeredWebhookSecret = value
        }
    }

    /// Constant-time check against the current secret, the registered one and, within its grace
    /// window, the one registered before it.
    func acceptsWebhookSecret(_ presented: String, at now: Date) -> Bool {
        let (current, registered, retired) = state.withLock { ($0.values[Self.webhookSecret], $0.registeredWebhookSecret, $0.retiredWebhookSecret) }
        var accepted = false
        if let current, ConstantTime.equals(presented, current) { accepted = true }
        if let registered, ConstantTime.equals(presented, registered) { accepted = true }
        if let retired, now < retired.acceptedUntil, ConstantTime.equals(presented, retired.value) { accepted = true }
        return accepted
    }
}
