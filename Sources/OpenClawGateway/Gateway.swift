import AsyncHTTPClient
import Logging
package import OpenClawCore
import OpenClawFiles
import OpenClawStore
package import OpenClawTelegram
import ServiceLifecycle
import Synchronization
import UnixSignals

/// The running service: store, Telegram intake, pipeline, outbox and HTTP listener in one service group.
///
/// `prepare` does everything that can fail fast (secrets, store, `getMe`, webhook registration);
/// `run` serves until SIGTERM/SIGINT or `shutdown()`, then stops intake first, lets in-flight
/// messages finish and their replies go out, and closes the store last.
package final class Gateway: Sendable {
    /// The configuration the gateway started with; `running` holds the one in force after reloads.
    package let config: OpenClawConfig
    package let bot: BotIdentity
    let parts: GatewayParts
    let running: RunningConfig
    let pipelines: PipelineHolder
    let scheduler: InboxScheduler
    /// Present when the gateway watches its configuration file (`GatewayOptions.configPath`).
    let reloader: ConfigReloader?
    let configDigest: String?
    private let state = Mutex<(port: Int?, group: ServiceGroup?, shutdownRequested: Bool)>((nil, nil, false))
    private let stateLock: StateLock?

    private init(config: OpenClawConfig, parts: GatewayParts, contentFilter: ContentFilter, source: ConfigSource?, stateLock: StateLock?) {
        self.stateLock = stateLock
        self.config = config
        self.parts = parts
        self.bot = parts.bot
        let running = RunningConfig(config, settings: source?.settings ?? [:])
        self.running = running
        let pipelines = PipelineHolder(Pipeline.build(config, parts: parts, contentFilter: contentFilter))
        self.pipelines = pipelines
        let performer = parts.performer(running)
        let spikes = SpendSpikeCheck(
            running: running, store: parts.store, grants: parts.grants,
            performer: performer, interval: parts.options.spikeCheckInterval, last: parts.lastSpikeCheck, now: parts.now
        )
        scheduler = InboxScheduler(
            store: parts.store, pipelines: pipelines, performer: performer, grants: parts.grants,
            maxQueuedPerUser: { running.config.limits.maxQueuedPerUser }, afterModelCall: { await spikes.runIfDue() }
        )
        configDigest = source?.digest
        reloader = parts.options.configPath.map { path in
            ConfigReloader(
                path: path, environment: parts.options.environment, running: running, pipelines: pipelines, parts: parts,
                performer: performer, digest: source?.digest
            )
        }
    }

    package static func prepare(config: OpenClawConfig, options: GatewayOptions) async throws -> Gateway {
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
        if let authLog = config.logging.authLog {
            do {
                try AuthFailureLog.checkWritable(authLog)
            } catch {
                throw GatewayStartError("logging.authLog: \(error)")
            }
        }
        let secrets = SecretReader(directory: config.secrets.dir, environment: options.environment)
        let live = try LiveSecrets.load(config, reader: secrets)
        let keyring = try SealingKeyring.load(config, reader: secrets, current: live.value(SealingKeyring.keyPath))
        let location = try StoreLocation.configured(config, reader: secrets)
        if let warning = config.state.plainTextWarning { logger.warning("\(warning)") }
        // On PostgreSQL, several gateways may share the database: each is a replica with a name.
        let replica = config.state.backend == .postgres ? ReplicaMembership.newName() : nil
        let store = try await OpenClawStore.open(location, logger: logger, keyring: keyring, replica: replica)
        do {
            // Held until run() ends: `openclaw restore` refuses to replace a running gateway's SQLite
            // file. On PostgreSQL several replicas share the database (and may share state.dir).
            var stateLock: StateLock?
            if config.state.backend == .sqlite {
                guard let lock = try StateLock.acquire(directory: config.state.dir) else {
                    throw GatewayStartError("another gateway (or openclaw restore) is using state.dir \(config.state.dir)")
                }
                stateLock = lock
            }
            let sealed = try await store.sealOutstandingRows()
            if sealed > 0 { logger.notice("sealed rows stored in plain text or under an older storage key", metadata: ["rows": "\(sealed)"]) }
            let telegram = TelegramBotClient(
                token: { live.value(LiveSecrets.botToken) ?? "" }, apiRoot: config.telegram.apiRoot, httpClient: httpClient, logger: logger
            )
            let me: TelegramUser
            do {
                me = try await telegram.getMe()
            } catch {
                throw GatewayStartError("Telegram refused or did not answer getMe (\(error)); check channels.telegram.botToken and apiRoot")
            }
            guard let username = me.username else { throw GatewayStartError("getMe returned a bot without a username") }
            let contentFilter: ContentFilter
            do {
                contentFilter = try ContentFilter(config.contentFilter)
            } catch {
                throw GatewayStartError("contentFilter: \(error)")
            }
            // The outbox has a connection of its own: a sent mark does not queue behind the
            // pipeline's writes, so a crash finds few replies sent but not yet marked.
            do {
                try await registerIntake(config.telegram, telegram: telegram, live: live)
            } catch {
                throw GatewayStartError("setting up Telegram intake failed (\(error))")
            }
            let membership = replica.map { ReplicaMembership(name: $0, store: store, lease: .seconds(config.state.postgres?.replicaLeaseSeconds ?? 10), logger: logger) }
            try await membership?.join()
            let outboxStore = try await OpenClawStore.open(location, logger: logger, keyring: keyring, replica: replica)
            let parts = GatewayParts(
                config: config, options: options, secrets: secrets, live: live, httpClient: httpClient, store: store,
                outboxStore: outboxStore, keyring: keyring, telegram: telegram, bot: BotIdentity(id: me.id, username: username),
                replica: membership
            )
            logger.info(
                "gateway prepared",
                metadata: ["mode": "\(config.telegram.webhookUrl == nil ? "polling" : "webhook")", "dmPolicy": "\(config.telegram.dmPolicy.rawValue)"]
            )
            let source = try options.configPath.map { path throws(ConfigError) in try ConfigSource(path: path, environment: options.environment) }
            if let source {
                try? await RunningConfigRecord(source.settings, at: options.now()).save(to: store)
            }
            return Gateway(config: config, parts: parts, contentFilter: contentFilter, source: source, stateLock: stateLock)
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// Webhook mode registers the URL with its secret; polling mode removes any webhook.
    private static func registerIntake(_ telegram: TelegramConfig, telegram client: TelegramBotClient, live: LiveSecrets) async throws {
        if let url = telegram.webhookUrl, let secret = live.value(LiveSecrets.webhookSecret) {
            try await client.setWebhook(url: url, secretToken: secret, allowedUpdates: TelegramPoller.allowedUpdates, dropPendingUpdates: false)
        } else {
            try await client.deleteWebhook(dropPendingUpdates: false)
        }
    }

    /// Serves until graceful shutdown.
    package func run() async throws {
        let group = ServiceGroup(
            services: services(),
            gracefulShutdownSignals: parts.options.handleSignals ? [.sigterm, .sigint] : [],
            cancellationSignals: [],
            logger: parts.logger
        )
        let stopEarly = state.withLock { state -> Bool in
            state.group = group
            return state.shutdownRequested
        }
        if stopEarly { await group.triggerGracefulShutdown() }
        defer {
            stateLock?.release()
            parts.logger.info("gateway stopped")
        }
        do {
            try await group.run()
        } catch {
            try? await parts.httpClient.shutdown()
            throw error
        }
        try await parts.httpClient.shutdown()
    }

    /// Starts graceful shutdown: intake stops, in-flight messages finish, the store closes.
    package func shutdown() async {
        let group = state.withLock { state -> ServiceGroup? in
            state.shutdownRequested = true
            return state.group
        }
        await group?.triggerGracefulShutdown()
    }

    /// True when no stored update is waiting or being handled and no reply waits to be sent.
    package func isIdle() async -> Bool {
        guard let updates = try? await parts.store.inboxPendingIds(limit: 1), updates.isEmpty,
            let replies = try? await parts.store.outboxPending(limit: 1), replies.isEmpty
        else { return false }
        return true
    }

    /// The port the HTTP listener is bound to, once it is.
    package var listeningPort: Int? {
        state.withLock { $0.port }
    }

    func listening(on port: Int?) {
        state.withLock { $0.port = port }
        parts.logger.info("gateway listening", metadata: ["port": "\(port ?? 0)"])
    }

    /// Waits (up to `timeout`) for the HTTP listener and returns its port.
    package func waitUntilListening(timeout: Duration = .seconds(10)) async throws -> Int {
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
package struct GatewayStartError: Error, CustomStringConvertible {
    package var description: String

    package init(_ description: String) {
        self.description = description
    }
}
