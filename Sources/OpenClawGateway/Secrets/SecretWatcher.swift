#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AsyncHTTPClient
import Logging
import OpenClawCore
import OpenClawFiles
import OpenClawStore
import OpenClawTelegram
import ServiceLifecycle

/// Notices rotated secret files (a check every second, and at once on SIGHUP, see `HangupHandler`)
/// and switches the running gateway to the new values without a restart. The secrets it watches
/// are those of the configuration in force, so a reload that points a key at another file or
/// variable is taken up by the next check as a rotation.
///
/// Every new value is checked against the format of the role it fills. A new bot token is used
/// only after `getMe` accepts it for the same bot: a 401 refuses it for good, any other failure
/// is retried with backoff. A new webhook secret is registered with `setWebhook`, retried with
/// backoff until Telegram accepts it; the registered secret stays accepted until then, and for the
/// grace window after. A new provider key is used by the next request. A refused value is not
/// used: the old one stays, and an alert is raised once for that value. The audit record of an
/// outcome is written before its metric counts it, so whoever sees the count finds the record.
struct SecretWatcher: Service {
    let running: RunningConfig
    let secrets: SecretReader
    let live: LiveSecrets
    let httpClient: HTTPClient
    let telegram: TelegramBotClient
    let botId: Int64
    let keyring: SealingKeyring?
    let store: OpenClawStore
    let metrics: GatewayMetrics
    let logger: Logger
    let auditor: Auditor
    let now: @Sendable () -> Date
    let interval: Duration
    let webhookGrace: TimeInterval
    /// Replies held back while the old token was refused go out at once, not after their backoff.
    let onBotTokenReplaced: @Sendable () async -> Void
    private let queue = SerialQueue()
    private let refused = RefusedValues()
    private let retries: SecretRetrySchedule

    init(
        running: RunningConfig, secrets: SecretReader, live: LiveSecrets, httpClient: HTTPClient, telegram: TelegramBotClient, botId: Int64,
        keyring: SealingKeyring?, store: OpenClawStore, metrics: GatewayMetrics, logger: Logger, auditor: Auditor,
        now: @escaping @Sendable () -> Date, interval: Duration = .seconds(1), webhookGrace: TimeInterval = 600,
        retryDelay: Duration = .seconds(1), maxRetryDelay: Duration = .seconds(300),
        onBotTokenReplaced: @escaping @Sendable () async -> Void = {}
    ) {
        self.onBotTokenReplaced = onBotTokenReplaced
        self.running = running
        self.secrets = secrets
        self.live = live
        self.httpClient = httpClient
        self.telegram = telegram
        self.botId = botId
        self.keyring = keyring
        self.store = store
        self.metrics = metrics
        self.logger = logger
        self.auditor = auditor
        self.now = now
        self.interval = interval
        self.webhookGrace = webhookGrace
        self.retries = SecretRetrySchedule(initialDelay: retryDelay, maxDelay: maxRetryDelay)
    }

    func run() async {
        await PeriodicJob(interval: interval) { await checkNow() }.run()
    }

    /// One pass over every referenced secret, then the pending webhook registration; passes never overlap.
    func checkNow() async {
        _ = try? await queue.run {
            await check()
            await registerPendingWebhookSecret()
        }
    }

    private func check() async {
        for use in running.config.secretUses {
            guard let fresh = try? secrets.read(use.reference, for: use.keyPath) else { continue }
            guard fresh != live.value(use.keyPath), !refused.contains(use.keyPath, fresh),
                retries.isDue(use.keyPath, fresh)
            else { continue }
            await apply(fresh, to: use)
        }
    }

    private func apply(_ value: String, to use: SecretUse) async {
        if let problem = use.formatProblem(value) {
            await refuse(value, for: use, reason: problem)
            return
        }
        switch use.keyPath {
        case LiveSecrets.botToken:
            guard await botTokenAccepted(value, use: use) else { return }
            live.replace(use.keyPath, with: value)
            await onBotTokenReplaced()
        case LiveSecrets.webhookSecret:
            // Completed (and reported) by `registerPendingWebhookSecret` once Telegram accepts it.
            live.rotateWebhookSecret(to: value)
            return
        case SealingKeyring.keyPath:
            guard let key = try? SealingKey(base64: value) else {
                await refuse(value, for: use, reason: "not a storage encryption key")
                return
            }
            keyring?.rotate(to: key)
            live.replace(use.keyPath, with: value)
            do {
                let resealed = try await store.sealOutstandingRows()
                logger.notice("stored text re-sealed under the new storage key", metadata: ["rows": "\(resealed)"])
            } catch {
                logger.error("re-sealing under the new storage key failed; the previous key is still needed", metadata: ["error": "\(error)"])
            }
        default:
            live.replace(use.keyPath, with: value)
        }
        await applied(value, to: use)
    }

    /// True once `getMe` accepts the token for this bot. A 401 or another bot refuses it for good;
    /// an outage or a 5xx leaves it to be tried again after a backoff.
    private func botTokenAccepted(_ value: String, use: SecretUse) async -> Bool {
        let probe = TelegramBotClient(token: value, apiRoot: running.config.telegram.apiRoot, httpClient: httpClient, logger: logger)
        do {
            let me = try await probe.getMe()
            guard me.id == botId else {
                await refuse(value, for: use, reason: "the token belongs to another bot")
                return false
            }
            retries.clear(use.keyPath)
            return true
        } catch let error as TelegramAPIError where error.kind == .api && error.code == 401 {
            await refuse(value, for: use, reason: "Telegram did not accept it for this bot (401)")
            return false
        } catch {
            retryLater(value, for: use, "secret rotation: getMe with the new bot token failed; keeping the old token and trying again", error)
            return false
        }
    }

    /// Registers a rotated webhook secret with Telegram, once per backoff step until it is accepted.
    private func registerPendingWebhookSecret() async {
        let config = running.config
        guard let url = config.telegram.webhookUrl, let pending = live.webhookSecretAwaitingRegistration,
            let use = config.secretUses.first(where: { $0.keyPath == LiveSecrets.webhookSecret }),
            retries.isDue(use.keyPath, pending)
        else { return }
        do {
            try await telegram.setWebhook(
                url: url, secretToken: pending, allowedUpdates: TelegramPoller.allowedUpdates, dropPendingUpdates: false
            )
        } catch {
            retryLater(pending, for: use, "secret rotation: setWebhook with the new secret failed; old and new secrets both stay accepted, trying again", error)
            if retries.failures(use.keyPath) == 1 {
                await auditor.write(.secretRotationDelayed, ["secret": use.reference.id, "reason": "setWebhook failed; retrying"])
            }
            return
        }
        retries.clear(use.keyPath)
        live.webhookSecretRegistered(pending, acceptingOldUntil: now().addingTimeInterval(webhookGrace))
        await applied(pending, to: use)
    }

    /// A passing failure (no answer, a 5xx): the old value stays, and `value` is tried again after the backoff.
    private func retryLater(_ value: String, for use: SecretUse, _ message: Logger.Message, _ error: any Error) {
        let wait = retries.failed(use.keyPath, value)
        metrics.secretReload(secret: use.reference.id, result: .retrying)
        logger.warning(message, metadata: ["secret": "\(use.reference.id)", "error": "\(error)", "retryIn": "\(wait)"])
    }

    private func applied(_ value: String, to use: SecretUse) async {
        logger.notice("secret rotated in the running gateway", metadata: ["secret": "\(use.reference.id)"])
        await auditor.write(.secretReloaded, ["secret": use.reference.id, "fingerprint": SecretFingerprint.of(value)])
        metrics.secretReload(secret: use.reference.id, result: .applied)
    }

    private func refuse(_ value: String, for use: SecretUse, reason: String) async {
        refused.insert(use.keyPath, value)
        retries.clear(use.keyPath)
        logger.error("secret rotation refused: keeping the old value", metadata: ["secret": "\(use.reference.id)", "reason": "\(reason)"])
        await auditor.write(.secretRotationFailed, ["secret": use.reference.id, "reason": reason])
        metrics.secretReload(secret: use.reference.id, result: .refused)
    }
}
