import Hummingbird
import HummingbirdCore
import NIOCore
import OpenClawCore
import ServiceLifecycle
import OpenClawTelegram
import Logging

extension Gateway {
    /// Every long-running part, in start order; graceful shutdown stops them in reverse: the
    /// listener and the poller first, then the scheduler (updates in hand finish), the outbox
    /// (their replies go out), the audit checkpoint, and the store last.
    func services() -> [any Service] {
        let options = parts.options
        let secretWatcher = SecretWatcher(
            running: running, secrets: parts.secrets, live: parts.live, httpClient: parts.httpClient, telegram: parts.telegram,
            botId: bot.id, keyring: parts.keyring, store: parts.store, metrics: parts.metrics, logger: parts.logger,
            auditor: parts.auditor, now: parts.now, interval: options.secretCheckInterval, webhookGrace: options.webhookSecretGrace,
            retryDelay: options.secretRetryDelay, maxRetryDelay: options.secretRetryMaxDelay,
            onBotTokenReplaced: { [outbox = parts.outbox] in await outbox.retryNow() }
        )
        var services: [any Service] = [
            StoreCloser(stores: [parts.store, parts.outbox.store]),
            AuditCheckpointer(config: config, store: parts.store, live: parts.live, metrics: parts.metrics, logger: parts.logger, now: parts.now),
            parts.outbox,
            scheduler,
            secretWatcher,
            PeriodicJob(interval: SecretExpiryCheck.interval, runsAtStart: true) { [check = secretExpiryCheck()] in await check.check() },
            PeriodicJob(interval: .seconds(60), runsAtStart: true) { [parts] in await parts.probeTelegram() },
            PeriodicJob(interval: .seconds(60)) { [parts] in
                parts.limiter.sweep(now: .now)
                if parts.replica != nil { await parts.pruneSharedRateLimits() }
                await DenialSummaries(denials: parts.denials, auditor: parts.auditor).write()
            },
            PeriodicJob(interval: options.retentionInterval, runsAtStart: true) { [retention = retention(), replica = parts.replica] in
                // With several replicas, one prunes (and audits it) per period.
                if let replica, await !replica.runsJob("retention", every: options.retentionInterval) { return }
                await retention.applyOnce()
            },
        ]
        if let reloader {
            services.append(ConfigWatcher(reloader: reloader, interval: options.configCheckInterval, digest: configDigest))
        }
        if options.handleSignals {
            services.append(HangupHandler(reloader: reloader, secrets: secretWatcher, logger: parts.logger))
        }
        if let replica = parts.replica {
            // Right after the store closer: it renews the lease until the services that claim work stopped.
            services.insert(ReplicaHeartbeat(membership: replica), at: 1)
            services.append(PeriodicJob(interval: replica.heartbeatInterval) { [outbox = parts.outbox] in await outbox.adoptOrphans() })
        }
        if config.telegram.webhookUrl == nil {
            services.append(
                TelegramPoller(
                    store: parts.store, telegram: parts.telegram, scheduler: scheduler, health: parts.health, metrics: parts.metrics,
                    logger: parts.logger, now: parts.now, timeoutSeconds: options.pollTimeoutSeconds, replica: parts.replica
                )
            )
        } else {
            let log = AuthFailureLog(path: config.logging.authLog, logger: parts.logger)
            let reporter = AuthFailureReporter(throttle: parts.authFailures, log: log, interval: options.authFailureReportInterval, now: parts.now)
            services.append(PeriodicJob(interval: reporter.interval, work: { reporter.report() }, atShutdown: { reporter.report() }))
        }
        services.append(httpApplication())
        return services
    }

    private func secretExpiryCheck() -> SecretExpiryCheck {
        SecretExpiryCheck(
            running: running, metrics: parts.metrics, logger: parts.logger, auditor: parts.auditor, expiredSecrets: parts.expiredSecrets, now: parts.now
        )
    }

    private func retention() -> Retention {
        Retention(running: running, store: parts.store, metrics: parts.metrics, logger: parts.logger, now: parts.now)
    }

    /// The HTTP listener: health, readiness, metrics and (in webhook mode) the webhook, guarded
    /// against slow and idle clients.
    private func httpApplication() -> some Service {
        let routes = GatewayRoutes(
            config: config, store: parts.store, live: parts.live, scheduler: scheduler, health: parts.health,
            expiredSecrets: parts.expiredSecrets, metrics: parts.metrics, logger: parts.logger, now: parts.now,
            authFailures: parts.authFailures
        )
        let limits = parts.options.listener
        let registry = ConnectionRegistry(maxConnections: limits.maxConnections)
        let metrics = parts.metrics
        return Application(
            router: routes.router(),
            server: .http1(
                configuration: HTTP1Channel.Configuration(
                    additionalChannelHandlers: [
                        SlowRequestGuard(registry: registry, requestTimeout: TimeAmount(limits.requestTimeout)) {
                            metrics.connectionClosed(reason: .slowRequest)
                        }
                    ],
                    idleTimeout: TimeAmount(limits.idleTimeout)
                )
            ),
            configuration: ApplicationConfiguration(address: .hostname(config.gateway.host, port: config.gateway.port), serverName: nil),
            onServerRunning: { [self] channel in listening(on: channel.localAddress?.port) },
            logger: parts.logger
        )
    }
}

extension GatewayParts {
    /// `getMe` once, so `/readyz` knows Telegram is reachable in webhook mode too.
    func probeTelegram() async {
        do {
            _ = try await telegram.getMe()
            health.markSuccess(at: now())
        } catch {
            logger.warning("telegram getMe failed", metadata: ["error": "\(error)"])
        }
    }
}
