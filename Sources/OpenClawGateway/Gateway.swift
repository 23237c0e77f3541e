public import AsyncHTTPClient
import Hummingbird
import HummingbirdCore
import NIOCore
import Logging
public import OpenClawCore
import OpenClawLLM
import OpenClawStore
public import OpenClawTelegram
import ServiceLifecycle
import Synchronization
import UnixSignals

/// The running service: store, Telegram intake, pipeline and HTTP listener in one service group.
///
/// `prepare` does everything that can fail fast (secrets, store, `getMe`, webhook registration);
/// `run` serves until SIGTERM/SIGINT or `shutdown()`, then stops intake first, lets in-flight
/// messages finish, and closes the store last.
public final class Gateway: Sendable {
    public let config: OpenClawConfig
    public let bot: BotIdentity
    let runtime: GatewayRuntime
    private let options: GatewayOptions
    private let worker: InboxWorker
    private let state = Mutex<(port: Int?, group: ServiceGroup?, shutdownRequested: Bool)>((nil, nil, false))

    private let httpClient: HTTPClient

    private init(config: OpenClawConfig, options: GatewayOptions, runtime: GatewayRuntime, httpClient: HTTPClient) {
        self.httpClient = httpClient
        self.config = config
        self.options = options
        self.runtime = runtime
        self.bot = runtime.bot
        self.worker = InboxWorker(runtime: runtime)
    }

    public static func prepare(config: OpenClawConfig, options: GatewayOptions) async throws -> Gateway {
        let httpClient = HTTPClient.withoutRedirects()
        do {
            return try await prepare(config: config, options: options, httpClient: httpClient)
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
    }

    private static func prepare(config: OpenClawConfig, options: GatewayOptions, httpClient: HTTPClient) async throws -> Gateway {
        let logger = options.logger
        let secrets = SecretReader(directory: config.secrets.dir, environment: options.environment)
        let live = try LiveSecrets.load(config, reader: secrets)
        let keyring = try SealingKeyring.load(config, reader: secrets, current: live.value(SealingKeyring.keyPath))
        let store = try await OpenClawStore.open(directory: config.state.dir, logger: logger, keyring: keyring)
        do {
            let sealed = try await store.sealOutstandingRows()
            if sealed > 0 { logger.notice("sealed rows stored in plain text or under an older storage key", metadata: ["rows": "\(sealed)"]) }
        } catch {
            try? await store.close()
            throw error
        }
        let telegram = TelegramBotClient(
            token: { live.value(LiveSecrets.botToken) ?? "" }, apiRoot: config.telegram.apiRoot, httpClient: httpClient, logger: logger
        )

        let me: TelegramUser
        do {
            me = try await telegram.getMe()
        } catch {
            try? await store.close()
            throw GatewayStartError("Telegram refused or did not answer getMe (\(error)); check channels.telegram.botToken and apiRoot")
        }
        guard let username = me.username else {
            try? await store.close()
            throw GatewayStartError("getMe returned a bot without a username")
        }
        let contentFilter: ContentFilter
        do {
            contentFilter = try ContentFilter(config.contentFilter)
        } catch {
            try? await store.close()
            throw GatewayStartError("contentFilter: \(error)")
        }
        let health = TelegramHealth()
        health.markSuccess(at: options.now())

        let runtime = GatewayRuntime(
            config: config,
            secrets: secrets,
            live: live,
            httpClient: httpClient,
            store: store,
            keyring: keyring,
            framing: PromptFraming(canary: config.privacy.promptCanary ? PromptFraming.makeCanary() : nil),
            contentFilter: contentFilter,
            redactors: PrivacyRedactors(config.privacy),
            telegram: telegram,
            pacer: OutboundPacer(limits: options.pacing),
            models: ModelRouter(endpoints: endpoints(config, live), httpClient: httpClient, retry: options.retry, logger: logger),
            bot: BotIdentity(id: me.id, username: username),
            metrics: options.metrics,
            logger: logger,
            health: health,
            now: options.now,
            limiter: RateLimiter(rules: config.limits.rateRules, origin: ContinuousClock.now),
            modelCalls: ConcurrencyGate(limit: config.limits.maxConcurrentModelCalls),
            spikeCheckInterval: options.spikeCheckInterval
        )
        do {
            try await registerIntake(runtime)
        } catch {
            try? await store.close()
            throw GatewayStartError("setting up Telegram intake failed (\(error))")
        }
        logger.info(
            "gateway prepared",
            metadata: ["mode": "\(config.telegram.webhookUrl == nil ? "polling" : "webhook")", "dmPolicy": "\(config.telegram.dmPolicy.rawValue)"]
        )
        return Gateway(config: config, options: options, runtime: runtime, httpClient: httpClient)
    }

    /// Webhook mode registers the URL with its secret; polling mode removes any webhook.
    private static func registerIntake(_ runtime: GatewayRuntime) async throws {
        let telegram = runtime.config.telegram
        if let url = telegram.webhookUrl, let secret = runtime.live.value(LiveSecrets.webhookSecret) {
            try await runtime.telegram.setWebhook(
                url: url, secretToken: secret, allowedUpdates: TelegramPoller.allowedUpdates, dropPendingUpdates: false
            )
        } else {
            try await runtime.telegram.deleteWebhook(dropPendingUpdates: false)
        }
    }

    /// Provider keys are read from `live` on every request, so a rotated key is used at once.
    private static func endpoints(_ config: OpenClawConfig, _ live: LiveSecrets) -> [String: ProviderEndpoint] {
        var endpoints: [String: ProviderEndpoint] = [:]
        for provider in config.providers.values {
            let keyPath = "models.providers.\(provider.id).apiKey"
            endpoints[provider.id] = ProviderEndpoint(
                id: provider.id,
                api: provider.api,
                baseURL: provider.baseUrl,
                apiKey: { live.value(keyPath) },
                timeout: .seconds(provider.timeoutSeconds)
            )
        }
        return endpoints
    }

    /// Serves until graceful shutdown.
    public func run() async throws {
        let routes = GatewayRoutes(runtime: runtime, worker: worker)
        let limits = options.listener
        let registry = ConnectionRegistry(maxConnections: limits.maxConnections)
        let metrics = runtime.metrics
        let app = Application(
            router: routes.router(),
            server: .http1(
                configuration: HTTP1Channel.Configuration(
                    additionalChannelHandlers: [
                        SlowRequestGuard(registry: registry, requestTimeout: TimeAmount(limits.requestTimeout)) {
                            metrics.connectionClosed(reason: "slow_request")
                        }
                    ],
                    idleTimeout: TimeAmount(limits.idleTimeout)
                )
            ),
            configuration: ApplicationConfiguration(address: .hostname(config.gateway.host, port: config.gateway.port), serverName: nil),
            onServerRunning: { [self] channel in
                let port = channel.localAddress?.port
                state.withLock { $0.port = port }
                runtime.logger.info("gateway listening", metadata: ["port": "\(port ?? 0)"])
            },
            logger: runtime.logger
        )
        let watcher = SecretWatcher(
            runtime: runtime, interval: options.secretCheckInterval, webhookGrace: options.webhookSecretGrace,
            retryDelay: options.secretRetryDelay, maxRetryDelay: options.secretRetryMaxDelay, handleSIGHUP: options.handleSignals
        )
        var services: [any Service] = [
            // The checkpointer stops just before the store closes, so its last checkpoint covers every event.
            StoreCloser(store: runtime.store), AuditCheckpointer(runtime: runtime),
            worker, watcher, SecretExpiryMonitor(runtime: runtime), TelegramProbe(runtime: runtime),
            PeriodicJob(interval: .seconds(60)) { [runtime] in
                runtime.limiter.sweep(now: .now)
                await DenialSummaries(runtime: runtime).write()
            },
            RetentionService(runtime: runtime, interval: options.retentionInterval),
        ]
        if config.telegram.webhookUrl == nil {
            services.append(TelegramPoller(runtime: runtime, worker: worker, timeoutSeconds: options.pollTimeoutSeconds))
        }
        services.append(app)
        let group = ServiceGroup(
            services: services,
            gracefulShutdownSignals: options.handleSignals ? [.sigterm, .sigint] : [],
            cancellationSignals: [],
            logger: runtime.logger
        )
        let stopEarly = state.withLock { state -> Bool in
            state.group = group
            return state.shutdownRequested
        }
        if stopEarly { await group.triggerGracefulShutdown() }
        defer { runtime.logger.info("gateway stopped") }
        do {
            try await group.run()
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
        try await httpClient.shutdown()
    }

    /// Starts graceful shutdown: intake stops, in-flight messages finish, the store closes.
    public func shutdown() async {
        let group = state.withLock { state -> ServiceGroup? in
            state.shutdownRequested = true
            return state.group
        }
        await group?.triggerGracefulShutdown()
    }

    /// True when no stored update is waiting or being handled.
    public func isIdle() async -> Bool {
        (try? await runtime.store.inboxPending(limit: 1).isEmpty) ?? false
    }

    /// The port the HTTP listener is bound to, once it is.
    public var listeningPort: Int? {
        state.withLock { $0.port }
    }

    /// Waits (up to `timeout`) for the HTTP listener and returns its port.
    public func waitUntilListening(timeout: Duration = .seconds(10)) async throws -> Int {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let port = listeningPort { return port }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw GatewayStartError("the HTTP listener did not start within \(timeout)")
    }
}

/// The gateway could not start; the message says what to fix.
public struct GatewayStartError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
