#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import Logging
package import OpenClawTelegram
package import OpenClawLLM
package import OpenClawCore

/// How a gateway instance is run: the parts a test, the demo or a benchmark may replace.
package struct GatewayOptions: Sendable {
    package var environment: [String: String]
    package var logger: Logger
    package var metrics: GatewayMetrics
    package var now: @Sendable () -> Date
    /// Outbound pacing in place of `channels.telegram.pacing` (benchmarks and tests lift it);
    /// nil paces as the configuration says, and a reload changes it.
    package var pacing: PacingLimits?
    /// The configuration file the gateway watches (and re-reads on SIGHUP); nil runs the
    /// configuration it was given, unwatched.
    package var configPath: String?
    /// How often the configuration file is looked at; a change is applied once the file has stayed
    /// the same for one look (editors write a file in several steps).
    package var configCheckInterval: Duration
    /// The log handlers' shared level and redaction, changed by a reload; nil leaves logging as built.
    package var logSettings: LogSettings?
    package var retry: RetryPolicy
    /// Long-poll seconds for `getUpdates` (Telegram's maximum wait; 30 in production).
    package var pollTimeoutSeconds: Int
    /// Listen for SIGTERM/SIGINT (the real process); tests and the demo stop the gateway themselves.
    package var handleSignals: Bool
    /// How often secret files are checked for rotation (SIGHUP checks at once).
    package var secretCheckInterval: Duration
    /// How long the previous webhook secret stays accepted after Telegram accepted the new one.
    package var webhookSecretGrace: TimeInterval
    /// First wait before a rotated secret is tried again after a passing failure (`getMe` or
    /// `setWebhook` did not get through); it doubles up to `secretRetryMaxDelay`.
    package var secretRetryDelay: Duration
    package var secretRetryMaxDelay: Duration
    /// Least time between two looks for a spend spike (each costs two ledger sums).
    package var spikeCheckInterval: TimeInterval
    /// How often the retention pass runs (it also runs once at start).
    package var retentionInterval: Duration
    /// The HTTP listener's limits against slow and idle clients.
    package var listener: ListenerLimits
    /// First wait before a reply Telegram did not accept (5xx, timeout) is sent again; it doubles
    /// up to five minutes.
    package var outboxRetryDelay: Duration
    /// The interval of the failed-webhook-authentication summaries (one line per source each).
    package var authFailureReportInterval: Duration = .seconds(60)
    /// How many failed webhook authentications a source may make at once, and how fast that
    /// allowance recovers (`AuthFailureThrottle.defaultRule`, 10 then one every 6 s).
    package var authFailureRule: RateRule = AuthFailureThrottle<ContinuousClock.Instant>.defaultRule

    package init(
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
