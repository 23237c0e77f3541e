#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AsyncHTTPClient
import Logging
import OpenClawCore
import OpenClawFiles
import OpenClawLLM
import OpenClawStore
import OpenClawTelegram

/// What outlives any one configuration: connections, secrets in memory, and the state the
/// limits, the pacer and the caches keep. `Gateway` builds the pipeline and the services from
/// these and the configuration; no stage holds this whole value, only the parts it uses.
struct GatewayParts: Sendable {
    static let channel = "telegram"

    let options: GatewayOptions
    let secrets: SecretReader
    let live: LiveSecrets
    let httpClient: HTTPClient
    let store: OpenClawStore
    let keyring: SealingKeyring?
    let telegram: TelegramBotClient
    let bot: BotIdentity
    let health: TelegramHealth
    /// With a canary; `privacy.promptCanary: false` builds pipelines with a framing of their own.
    let framing: PromptFraming
    let limiter: RateLimiter<ContinuousClock.Instant>
    let denials: DenialRecorder
    let grants: AccessCache
    let pacer: OutboundPacer<ContinuousClock>
    let modelCalls: ConcurrencyGate
    let erasures = PendingErasures()
    let expiredSecrets = ExpiredSecrets()
    let lastSpikeCheck = LastSpikeCheck()
    /// Failed webhook authentications per source: throttled by the webhook, reported by `AuthFailureReporter`.
    let authFailures: AuthFailureThrottle<ContinuousClock.Instant>
    let auditor: Auditor
    let events: EventRecorder
    let outbox: OutboxSender
    /// Set when several gateways may share the database (PostgreSQL).
    let replica: ReplicaMembership?
    let completions: CompletionWriter

    var logger: Logger { options.logger }
    var metrics: GatewayMetrics { options.metrics }
    var now: @Sendable () -> Date { options.now }

    init(
        config: OpenClawConfig, options: GatewayOptions, secrets: SecretReader, live: LiveSecrets, httpClient: HTTPClient,
        store: OpenClawStore, outboxStore: OpenClawStore, keyring: SealingKeyring?, telegram: TelegramBotClient, bot: BotIdentity,
        replica: ReplicaMembership? = nil
    ) {
        self.replica = replica
        self.options = options
        authFailures = AuthFailureThrottle(rule: options.authFailureRule, origin: .now)
        self.secrets = secrets
        self.live = live
        self.httpClient = httpClient
        self.store = store
        self.keyring = keyring
        self.telegram = telegram
        self.bot = bot
        health = TelegramHealth()
        health.markSuccess(at: options.now())
        framing = PromptFraming(canary: PromptFraming.makeCanary())
        limiter = RateLimiter(rules: config.limits.rateRules, origin: ContinuousClock.now)
        denials = DenialRecorder()
        let grants = AccessCache(store: store, channel: Self.channel)
        self.grants = grants
        pacer = OutboundPacer(limits: options.pacing ?? PacingLimits(config.telegram.pacing))
        modelCalls = ConcurrencyGate(limit: config.limits.maxConcurrentModelCalls)
        let auditor = Auditor(store: store, now: options.now, logger: options.logger)
        self.auditor = auditor
        events = EventRecorder(metrics: options.metrics, logger: options.logger)
        completions = CompletionWriter(store: store, now: options.now)
        let metrics = options.metrics
        let now = options.now
        outbox = OutboxSender(
            store: outboxStore, telegram: telegram, pacer: pacer, health: health, metrics: options.metrics, logger: options.logger, now: options.now,
            retryDelay: options.outboxRetryDelay
        ) { move in
            do {
                try await store.recordGroupMigration(from: move.from, to: move.to, at: now())
                await auditor.write(.groupMigrated, chatId: move.to, ["from": String(move.from), "to": String(move.to)])
            } catch {
                EventRecorder(metrics: metrics, logger: options.logger)
                    .record(.storeFailed(operation: "record group migration", error: "\(type(of: error))"))
            }
            grants.invalidate()
        }
    }

    func performer(_ running: RunningConfig) -> EffectsPerformer {
        EffectsPerformer(
            store: store, completions: completions, events: events, auditor: auditor, outbox: outbox, grants: grants,
            chunkLimit: { running.config.telegram.textChunkLimit }, now: now
        )
    }
}
