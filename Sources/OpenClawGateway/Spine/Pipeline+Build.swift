import OpenClawCore
import OpenClawLLM
import OpenClawStore

extension Pipeline {
    /// The stages for `config`, each given only the parts it uses.
    static func build(_ config: OpenClawConfig, parts: GatewayParts, contentFilter: ContentFilter) -> Pipeline {
        let now = parts.now
        let instant: @Sendable () -> ContinuousClock.Instant = { .now }
        let agents = config.agents
        let privacy = config.privacy
        let redactAll = Redactor(privacy.redaction(.all))
        let framing = privacy.promptCanary ? parts.framing : PromptFraming(canary: nil)
        let budget = BudgetStage(
            limits: config.limits.budgets, store: parts.store,
            worstCase: WorstCasePrice(models: [agents.model] + agents.fallbacks, providers: config.providers, maxOutputTokens: agents.maxTokens),
            historyLimit: agents.historyLimit, now: now
        )
        return Pipeline(
            normalize: Normalizer(bot: parts.bot),
            access: AccessStage(telegram: config.telegram, configuredOwners: config.commands.ownerAllowFrom, denials: parts.denials),
            pairing: PairingStage(store: parts.store, denials: parts.denials, now: now, generateCode: { PairingCode.generate() }),
            limits: LimitsStage(
                limiter: parts.limiter,
                shared: config.state.backend == .postgres ? SharedRateLimits(store: parts.store, rules: config.limits.rateRules) : nil,
                maxInputChars: config.limits.maxInputChars, denials: parts.denials, instant: instant
            ),
            commands: CommandStage(
                store: parts.store, agents: agents, budget: budget,
                forgetMe: ForgetMeCommand(privacy: PrivacyAdmin(store: parts.store, now: now), erasures: parts.erasures, now: now)
            ),
            inputFilter: InputFilterStage(filter: contentFilter),
            budget: budget,
            session: SessionStage(
                store: parts.store, framing: framing, agents: agents, upstreamRedactor: privacy.redactUpstream ? redactAll : nil,
                logsMessageText: config.logging.messages == .redacted
            ),
            model: ModelStage(
                router: ModelRouter(endpoints: endpoints(config, parts.live), httpClient: parts.httpClient, retry: parts.options.retry, logger: parts.logger),
                gate: parts.modelCalls, typing: TypingIndicator(telegram: parts.telegram), agents: agents, instant: instant
            ),
            usage: UsageStage(providers: config.providers, now: now),
            outputGuard: OutputGuardStage(
                framing: framing, live: parts.live,
                redactor: privacy.redactReplies == .all ? redactAll : Redactor(privacy.redaction(.secretsOnly))
            ),
            logsReplyText: config.logging.messages == .redacted
        )
    }

    /// Provider keys are read from `live` on every request, so a rotated key is used at once.
    static func endpoints(_ config: OpenClawConfig, _ live: LiveSecrets) -> [String: ProviderEndpoint] {
        var endpoints: [String: ProviderEndpoint] = [:]
        for provider in config.providers.values {
            let keyPath = "models.providers.\(provider.id).apiKey"
            endpoints[provider.id] = ProviderEndpoint(
                id: provider.id, api: provider.api, baseURL: provider.baseUrl, apiKey: { live.value(keyPath) },
                timeout: .seconds(provider.timeoutSeconds)
            )
        }
        return endpoints
    }
}
