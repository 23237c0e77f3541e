import Crypto
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawFiles
import OpenClawTelegram
import Synchronization

/// Applies an edited configuration file to the running gateway, or refuses it whole.
///
/// The file is read as at start (`ConfigLoader`: environment overrides, validation, every
/// referenced secret checked). A valid file is applied at once and together: a new pipeline (the
/// update in hand finishes on the old one), the rate limiter's rules, the model-call gate, the
/// pacer, logging, and the configuration every other part reads. Keys that cannot change while
/// running (`ConfigSchema.Reload.restart`) keep their running values and are reported as needing
/// a restart. A file that fails is refused: the running configuration stays, and the refusal is
/// logged with each problem's key path, audited, counted, and sent once to the owners.
final class ConfigReloader: Sendable {
    enum Trigger: String, Sendable {
        case file
        case signal = "sighup"
    }

    enum Result: Sendable, Equatable {
        case unchanged
        case applied(ConfigChanges)
        case refused([ConfigIssue])
    }

    static let refusalNotice = """
        The configuration file was changed, but the change was refused: the bot keeps running with the \
        previous configuration. Problems at:
        """

    let path: String
    let environment: [String: String]
    let running: RunningConfig
    let pipelines: PipelineHolder
    let parts: GatewayParts
    let performer: EffectsPerformer
    private let queue = SerialQueue()
    /// The digest of the file content last handled (applied, refused or found unchanged), and of
    /// the last one the owners were told about.
    private let seen: Mutex<(handled: String?, notified: String?)>

    /// - Parameter digest: of the file content the running configuration was read from.
    init(
        path: String, environment: [String: String], running: RunningConfig, pipelines: PipelineHolder, parts: GatewayParts,
        performer: EffectsPerformer, digest: String?
    ) {
        self.path = path
        self.environment = environment
        self.running = running
        self.pipelines = pipelines
        self.parts = parts
        self.performer = performer
        seen = Mutex((digest, nil))
    }

    /// Reads the file now and applies or refuses it; `force` looks again at content already handled
    /// (SIGHUP: a secret file it needed may exist now).
    @discardableResult
    func reloadNow(trigger: Trigger, force: Bool = false) async -> Result {
        await reload(FileContents.read(atPath: path), trigger: trigger, force: force)
    }

    /// Applies or refuses `data` (nil: the file is missing or unreadable), one reload at a time.
    @discardableResult
    func reload(_ data: Data?, trigger: Trigger, force: Bool = false) async -> Result {
        (try? await queue.run { await self.handle(data, trigger: trigger, force: force) }) ?? .unchanged
    }

    static func digest(_ data: Data?) -> String {
        guard let data else { return "missing" }
        return Hex.encode(SHA256.hash(data: data))
    }

    private func handle(_ data: Data?, trigger: Trigger, force: Bool) async -> Result {
        let digest = Self.digest(data)
        let alreadyHandled = seen.withLock { seen in
            defer { seen.handled = digest }
            return seen.handled == digest
        }
        if alreadyHandled && !force { return .unchanged }
        let document: JSONValue
        do throws(ConfigError) {
            guard let data else { throw ConfigError(path: path, "configuration file not found or not readable") }
            document = try ConfigLoader.document(from: data, environment: environment)
            _ = try ConfigLoader.config(from: document, environment: environment)
        } catch {
            return await refuse(error.issues, digest: digest, trigger: trigger)
        }
        if let data { warnOfKeysTheEnvironmentSets(in: data) }
        let changes = ConfigChanges(from: running.settings, to: ConfigSetting.all(in: document))
        guard !changes.isEmpty else {
            parts.logger.debug("configuration file read again: no setting changed", metadata: ["file": "\(path)"])
            return .unchanged
        }
        let applicable = changes.keepingRunningValues(in: document)
        let config: OpenClawConfig
        let filter: ContentFilter
        do throws(ConfigError) {
            config = try ConfigLoader.config(from: applicable, environment: environment, checkSecrets: false)
            filter = try Self.contentFilter(config)
            try loadSecretsNewTo(config)
        } catch {
            return await refuse(error.issues, digest: digest, trigger: trigger)
        }
        if !changes.live.isEmpty {
            await apply(config, filter: filter, settings: ConfigSetting.all(in: applicable))
        }
        await report(changes, trigger: trigger)
        return .applied(changes)
    }

    /// A key the file sets but an `OPENCLAW_…` variable overrides: an operator who edits it (an
    /// `allowFrom` during an incident) must not believe the edit took effect.
    private func warnOfKeysTheEnvironmentSets(in data: Data) {
        guard let file = try? ConfigParser.document(from: data) else { return }
        let hidden = ConfigOverrides.paths(setBy: environment).filter { path in
            path.reduce(Optional(file)) { value, key in value?[key] } != nil
        }
        guard !hidden.isEmpty else { return }
        parts.logger.warning(
            "configuration keys set by environment variables: the file's values for them are not used",
            metadata: [
                "file": "\(path)", "keys": .array(hidden.map { .string($0.joined(separator: ".")) }),
                "variables": .array(hidden.map { .string(ConfigOverrides.variableName(for: $0)) }),
            ]
        )
    }

    private static func contentFilter(_ config: OpenClawConfig) throws(ConfigError) -> ContentFilter {
        do {
            return try ContentFilter(config.contentFilter)
        } catch {
            throw ConfigError(path: "contentFilter", "\(error)")
        }
    }

    /// Reads the secrets the new configuration refers to under key paths the running one did not
    /// have (a new provider's key), checked against their roles. A changed reference under a key
    /// path already in use is a rotation: `SecretWatcher` takes it up on its next look.
    private func loadSecretsNewTo(_ config: OpenClawConfig) throws(ConfigError) {
        var values: [(String, String)] = []
        for use in config.secretUses where parts.live.value(use.keyPath) == nil {
            let value = try parts.secrets.read(use.reference, for: use.keyPath)
            if let problem = use.formatProblem(value) { throw ConfigError(path: use.keyPath, problem) }
            values.append((use.keyPath, value))
        }
        for (keyPath, value) in values { parts.live.replace(keyPath, with: value) }
    }

    private func apply(_ config: OpenClawConfig, filter: ContentFilter, settings: [String: ConfigSetting]) async {
        running.replace(with: config, settings: settings)
        pipelines.replace(with: Pipeline.build(config, parts: parts, contentFilter: filter))
        parts.limiter.update(rules: config.limits.rateRules, now: .now)
        if config.state.backend == .postgres { await parts.rescaleSharedRateLimits(to: config.limits.rateRules) }
        await parts.modelCalls.setLimit(config.limits.maxConcurrentModelCalls)
        if parts.options.pacing == nil {
            await parts.pacer.setLimits(PacingLimits(config.telegram.pacing))
        }
        parts.options.logSettings?.apply(config)
        do {
            try await RunningConfigRecord(settings, at: parts.now()).save(to: parts.store)
        } catch {
            parts.logger.error("recording the running configuration failed", metadata: ["error": "\(type(of: error))"])
        }
    }

    private func report(_ changes: ConfigChanges, trigger: Trigger) async {
        var details = ["trigger": trigger.rawValue]
        if !changes.live.isEmpty {
            parts.logger.notice(
                "configuration reloaded", metadata: ["file": "\(path)", "changed": .array(changes.live.map { .string($0) }), "trigger": "\(trigger.rawValue)"]
            )
            details["changed"] = changes.live.joined(separator: ",")
        }
        if !changes.needRestart.isEmpty {
            parts.logger.warning(
                "configuration keys changed that need a restart: the running values stay until then",
                metadata: ["file": "\(path)", "needsRestart": .array(changes.needRestart.map { .string($0) })]
            )
            details["needsRestart"] = changes.needRestart.joined(separator: ",")
        }
        await parts.auditor.write(.configReloaded, details)
        if !changes.live.isEmpty { parts.metrics.configReload(result: .applied) }
        parts.metrics.configRestartPending(changes.needRestart.count)
    }

    private func refuse(_ issues: [ConfigIssue], digest: String, trigger: Trigger) async -> Result {
        parts.logger.error(
            "configuration change refused: the running configuration stays",
            metadata: ["file": "\(path)", "problems": .array(issues.map { .string($0.description) }), "trigger": "\(trigger.rawValue)"]
        )
        let paths = Array(Set(issues.map(\.path))).sorted()
        var outcome = Outcome()
        outcome.audit(.configRefused, ["problems": paths.joined(separator: ","), "count": String(issues.count), "trigger": trigger.rawValue])
        let firstNotice = seen.withLock { seen in
            defer { seen.notified = digest }
            return seen.notified != digest
        }
        if firstNotice {
            let text = Self.refusalNotice + " " + paths.joined(separator: ", ") + ". Run `openclaw config validate` on the host for details."
            for owner in await owners() {
                outcome.replies.append(Reply(text: text, chatId: owner, threadId: nil, quoting: nil, userId: nil))
            }
        }
        await performer.perform(outcome, for: nil)
        parts.metrics.configReload(result: .refused)
        return .refused(issues)
    }

    /// The owners in the running configuration and the one stored by the first pairing approval.
    private func owners() async -> [Int64] {
        var owners = running.config.commands.ownerAllowFrom
        if let stored = try? await parts.grants.current().storedOwner { owners.insert(stored) }
        return owners.sorted()
    }
}
