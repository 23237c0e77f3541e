#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Reads a configuration document into an `OpenClawConfig`, refusing unknown keys and unsafe
/// combinations. Every issue found is reported, each with its key path.
package enum ConfigParser {
    package static func parse(data: Data) throws(ConfigError) -> OpenClawConfig {
        try parse(document(from: data))
    }

    /// Decodes JSON text; a syntax error is reported without quoting the file's contents.
    package static func document(from data: Data) throws(ConfigError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ConfigError(path: "(file)", "not valid JSON")
        }
    }

    package static func parse(_ root: JSONValue) throws(ConfigError) -> OpenClawConfig {
        let issues = IssueCollector()
        guard let top = ConfigObject(root, path: "", schemaPath: "", issues: issues) else {
            throw ConfigError(issues.issues)
        }
        let gateway = parseGateway(top)
        let state = parseState(top)
        let secrets = parseSecrets(top)
        let telegram = parseTelegram(top)
        let providers = parseProviders(top)
        let agents = parseAgents(top, providers: providers)
        let limits = parseLimits(top)
        let privacy = parsePrivacy(top)
        let contentFilter = parseContentFilter(top)
        checkPrices(agents, providers: providers, budgets: limits.budgets, issues: issues)
        let audit = parseAudit(top)
        let commandsSection = top.object("commands")
        let owners = commandsSection?.allowList("ownerAllowFrom") ?? .empty
        if owners.allowsEveryone {
            issues.add("commands.ownerAllowFrom", "\"*\" is not allowed: owners must be listed by id")
        }
        let loggingSection = top.object("logging")
        let level = loggingSection?.string("level", default: "info") ?? "info"
        let messageLogging = loggingSection?.oneOf("messages", default: LoggingConfig.Messages.off) ?? .off
        if !LoggingConfig.levels.contains(level) {
            issues.add("logging.level", "must be one of \(LoggingConfig.levels.joined(separator: ", "))")
        }
        let authLog = parseAuthLog(loggingSection)
        guard issues.issues.isEmpty, let telegram, let agents else {
            throw ConfigError(issues.issues)
        }
        return OpenClawConfig(
            gateway: gateway,
            state: state,
            secrets: secrets,
            telegram: telegram,
            providers: providers,
            agents: agents,
            commands: CommandsConfig(ownerAllowFrom: owners.ids),
            logging: LoggingConfig(level: level, messages: messageLogging, authLog: authLog),
            limits: limits,
            privacy: privacy,
            contentFilter: contentFilter,
            audit: audit
        )
    }

    private static func parseGateway(_ top: ConfigObject) -> GatewayConfig {
        let section = top.object("gateway")
        let auth = section?.object("auth")
        let gateway = GatewayConfig(
            bind: section?.string("bind", default: "loopback") ?? "loopback",
            port: section?.int("port", default: 18789, range: 0...65535) ?? 18789,
            authToken: auth?.secretRef("token"),
            trustedProxies: parseTrustedProxies(section)
        )
        if let section, !gateway.isLoopback, gateway.authToken == nil {
            section.issues.add(
                "gateway.bind",
                "binding to \(gateway.host) (not loopback) requires gateway.auth.token; keep \"loopback\" and reach the host over Tailscale or SSH instead"
            )
        }
        return gateway
    }

    private static func parseSecrets(_ top: ConfigObject) -> SecretsConfig {
        let section = top.object("secrets")
        return SecretsConfig(
            dir: section?.string("dir", default: "/run/secrets") ?? "/run/secrets",
            maxAgeDays: section?.int("maxAgeDays", default: 90, range: 1...3650) ?? 90,
            warnDays: section?.int("warnDays", default: 14, range: 0...3650) ?? 14
        )
    }
}
