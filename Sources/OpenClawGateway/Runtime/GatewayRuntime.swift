#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AsyncHTTPClient
import Logging
import OpenClawCore
import OpenClawLLM
import OpenClawStore
import OpenClawTelegram

/// Everything one message's way through the gateway needs, shared by the intake services,
/// the HTTP routes and the pipeline.
struct GatewayRuntime: Sendable {
    static let channel = "telegram"

    let config: OpenClawConfig
    let secrets: SecretReader
    let live: LiveSecrets
    let httpClient: HTTPClient
    let store: OpenClawStore
    /// Seals stored message text; nil when `privacy.encryptAtRest` is off.
    let keyring: SealingKeyring?
    /// Untrusted-content fencing and the system prompt canary for this process.
    let framing: PromptFraming
    let contentFilter: ContentFilter
    let redactors: PrivacyRedactors
    let telegram: TelegramBotClient
    let pacer: OutboundPacer<ContinuousClock>
    let models: ModelRouter
    let bot: BotIdentity
    let metrics: GatewayMetrics
    let logger: Logger
    let health: TelegramHealth
    let now: @Sendable () -> Date
    let limiter: RateLimiter<ContinuousClock.Instant>
    let modelCalls: ConcurrencyGate
    /// Serialises pairing-request creation so concurrent strangers cannot exceed the pending cap.
    let pairingQueue = SerialQueue()
    let expiredSecrets = ExpiredSecrets()
    let erasures = PendingErasures()
    let denials = DenialRecorder()
    private let lastSpikeCheck = LastSpikeCheck()

    let spikeCheckInterval: TimeInterval

    /// Spend spikes are looked for at most every `spikeCheckInterval`: two ledger sums per call would be waste.
    func spikeCheckDue(at now: Date) -> Bool {
        lastSpikeCheck.due(at: now, every: spikeCheckInterval)
    }

    /// Owners from the config plus the one recorded by the first pairing approval.
    func owners() async -> Set<Int64> {
        var owners = config.commands.ownerAllowFrom
        if let stored = try? await store.storedOwner() {
            owners.insert(stored)
        }
        return owners
    }

    func audit(_ kind: AuditKind, userId: Int64? = nil, chatId: Int64? = nil, _ details: [String: String] = [:]) async {
        do {
            _ = try await store.appendAudit(AuditEvent(time: now(), kind: kind, userId: userId, chatId: chatId, details: details))
        } catch {
            logger.error("audit write failed", metadata: ["kind": "\(kind.rawValue)"])
        }
    }
}
