#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
public import Logging
public import OpenClawTelegram
public import OpenClawLLM

/// How a gateway instance is run: the parts a test, the demo or a benchmark may replace.
public struct GatewayOptions: Sendable {
    public var environment: [String: String]
    public var logger: Logger
    public var metrics: GatewayMetrics
    public var now: @Sendable () -> Date
    /// Outbound pacing in place of `channels.telegram.pacing` (benchmarks and tests lift it);
    /// nil paces as the configuration says, and a reload changes it.
    public var pacing: PacingLimits?
    /// The configuration file the gateway watches (and re-reads on SIGHUP); nil runs the
    /// configuration it was given, unwatched.
    public var configPath: String?
    /// How often the configuration file is looked at; a change is applied once the file has stayed
    /// the same for one look (editors write a file in several steps).
    public var configCheckInterval: Duration
    /// The log handlers' shared level and redaction, changed by a reload; nil leaves logging as built.
    public var logSettings: LogSettings?
    public var retry: RetryPolicy
    /// Long-poll seconds for `getUpdates` (Telegram's maximum wait; 30 in production).
    public var pollTimeoutSeconds: Int
    /// Listen for SIGTERM/SIGINT (the real process); tests and the demo stop the gateway themselves.
    public var handleSignals: Bool
    /// How often secret files are checked for rotation (SIGHUP checks at once).
    public var secretCheckInterval: Duration
    /// How long the previous webhook secret stays accepted after Telegram accepted the new one.
    public var webhookSecretGrace: TimeInterval
    /// First wait before a rotated secret is tried again after a passing failure (`getMe` or
    /// `setWebhook` did not get through); it doubles up to `secretRetryMaxDelay`.
    public var secretRetryDelay: Duration
    public var secretRetryMaxDelay: Duration
    /// Least time between two looks for a spend spike (each costs two ledger sums).
    public var spikeCheckInterval: TimeInterval
    /// How often the retention pass runs (it also runs once at start).
    public var retentionInterval: Duration
    /// The HTTP listener's limits against slow and idle clients.
    public var listener: ListenerLimits
    /// First wait before a reply Telegram did not accept (5xx, timeout) is sent again; it doubles
    /// up to five minutes.
    public var outboxRetryDelay: Duration
    /// The interval of the failed-webhook-authentication summaries (one line per source each).
    public var authFailureReportInterval: Duration = .seconds(60)

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger = Logger(label: "openclaw"),
        metrics: GatewayMetrics = GatewayMetrics(),
        now: @escaping @Sendable () -> Date = { Date() },
        pacing: PacingLimits? = nil,
        configPath: String? = nil,
        configCheckInterval: Duration = .milliseconds(250),
        logSettings: LogSettings? = nil,
        retry: RetryPolicy = RetryPolicy(),
        pollTimeoutSeconds: Int = 30,
        handleSignals: Bool = false,
        secretCheckInterval: Duration = .seconds(1),
        webhookSecretGrace: TimeInterval = 600,
        secretRetryDelay: Duration = .seconds(1),
        secretRetryMaxDelay: Duration = .seconds(300),
        spikeCheckInterval: TimeInterval = 10,
        retentionInterval: Duration = .seconds(3600),
        listener: ListenerLimits = ListenerLimits(),
        outboxRetryDelay: Duration = .seconds(2)
    ) {
        self.configPath = configPath
        self.configCheckInterval = configCheckInterval
        self.logSettings = logSettings
        self.outboxRetryDelay = outboxRetryDelay
        self.listener = listener
        self.retentionInterval = retentionInterval
        self.spikeCheckInterval = spikeCheckInterval
        self.secretCheckInterval = secretCheckInterval
        self.webhookSecretGrace = webhookSecretGrace
        self.secretRetryDelay = secretRetryDelay
        self.secretRetryMaxDelay = secretRetryMaxDelay
        self.environment = environment
        self.logger = logger
        self.metrics = metrics
        self.now = now
        self.pacing = pacing
        self.retry = retry
        self.pollTimeoutSeconds = pollTimeoutSeconds
        self.handleSignals = handleSignals
    }
}
