#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Crypto
import Logging
import OpenClawCore
import OpenClawStore
import OpenClawTelegram
import ServiceLifecycle
import UnixSignals

/// Notices rotated secret files (a check every second, and at once on SIGHUP) and switches the
/// running gateway to the new values without a restart.
///
/// A new bot token is used only after `getMe` accepts it for the same bot; a new webhook secret
/// is registered with `setWebhook` while the old one stays accepted for the grace window; a new
/// provider key is used by the next request. A value that fails its check is not used: the old
/// one stays, and an alert is raised once for that value.
struct SecretWatcher: Service {
    let runtime: GatewayRuntime
    let interval: Duration
    let webhookGrace: TimeInterval
    let handleSIGHUP: Bool
    private let queue = SerialQueue()
    private let refused = RefusedValues()

    init(runtime: GatewayRuntime, interval: Duration = .seconds(1), webhookGrace: TimeInterval = 600, handleSIGHUP: Bool) {
        self.runtime = runtime
        self.interval = interval
        self.webhookGrace = webhookGrace
        self.handleSIGHUP = handleSIGHUP
    }

    func run() async throws {
        let hangups = handleSIGHUP ? Task {
            for await _ in await UnixSignalsSequence(trapping: .sighup) {
                runtime.logger.info("SIGHUP: checking secret files")
                await checkNow()
            }
        } : nil
        defer { hangups?.cancel() }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                await checkNow()
            }
        }
    }

    /// One pass over every referenced secret; passes never overlap.
    func checkNow() async {
        _ = try? await queue.run { await check() }
    }

    private func check() async {
        let reader = runtime.secrets
        for (keyPath, reference) in runtime.config.secretReferences {
            guard let fresh = try? reader.read(reference, for: keyPath) else { continue }
            guard fresh != runtime.live.value(keyPath), !refused.contains(keyPath, fresh) else { continue }
            await apply(fresh, to: keyPath, reference: reference)
        }
    }

    private func apply(_ value: String, to keyPath: String, reference: SecretRef) async {
        if let problem = SecretReader.formatProblem(reference, value) {
            await refuse(value, for: keyPath, reason: problem)
            return
        }
        switch keyPath {
        case LiveSecrets.botToken:
            let probe = TelegramBotClient(token: value, apiRoot: runtime.config.telegram.apiRoot, httpClient: runtime.httpClient, logger: runtime.logger)
            guard let me = try? await probe.getMe(), me.id == runtime.bot.id else {
                await refuse(value, for: keyPath, reason: "Telegram did not accept it for this bot")
                return
            }
            runtime.live.replace(keyPath, with: value)
        case LiveSecrets.webhookSecret:
            runtime.live.rotateWebhookSecret(to: value, acceptingOldUntil: runtime.now().addingTimeInterval(webhookGrace))
            if let url = runtime.config.telegram.webhookUrl {
                do {
                    try await runtime.telegram.setWebhook(
                        url: url, secretToken: value, allowedUpdates: TelegramPoller.allowedUpdates, dropPendingUpdates: false
                    )
                } catch {
                    runtime.logger.error("secret rotation: setWebhook with the new secret failed; both secrets stay accepted", metadata: ["error": "\(error)"])
                    await runtime.audit("secret.rotation_failed", ["secret": reference.id, "reason": "setWebhook failed"])
                }
            }
        case SealingKeyring.keyPath:
            guard let key = try? SealingKey(base64: value) else {
                await refuse(value, for: keyPath, reason: "not a storage encryption key")
                return
            }
            runtime.keyring?.rotate(to: key)
            runtime.live.replace(keyPath, with: value)
            do {
                let resealed = try await runtime.store.sealOutstandingRows()
                runtime.logger.notice("stored text re-sealed under the new storage key", metadata: ["rows": "\(resealed)"])
            } catch {
                runtime.logger.error("re-sealing under the new storage key failed; the previous key is still needed", metadata: ["error": "\(error)"])
            }
        default:
            runtime.live.replace(keyPath, with: value)
        }
        runtime.metrics.secretReload(secret: reference.id, result: "applied")
        runtime.logger.notice("secret rotated in the running gateway", metadata: ["secret": "\(reference.id)"])
        await runtime.audit("secret.reloaded", ["secret": reference.id, "fingerprint": Self.fingerprint(value)])
    }

    private func refuse(_ value: String, for keyPath: String, reason: String) async {
        refused.insert(keyPath, value)
        let id = runtime.config.secretReferences.first { $0.0 == keyPath }?.1.id ?? keyPath
        runtime.metrics.secretReload(secret: id, result: "refused")
        runtime.logger.error("secret rotation refused: keeping the old value", metadata: ["secret": "\(id)", "reason": "\(reason)"])
        await runtime.audit("secret.rotation_failed", ["secret": id, "reason": reason])
    }

    /// The first 8 hex characters of the value's SHA-256: enough to tell versions apart, useless to an attacker.
    static func fingerprint(_ value: String) -> String {
        SHA256.hash(data: Array(value.utf8)).prefix(4).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
