import OpenClawTesting
import Foundation
import OpenClawCore
import OpenClawGateway
import Testing

/// Environment overrides for limits, privacy and the content filter, read through the same loader as the gateway.
@Suite struct ConfigOverridesTests {
    private static let shipped = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("config/openclaw.json").path

    @Test func limitsPrivacyAndFilterKeysCanBeOverridden() throws {
        let environment = [
            "OPENCLAW_LIMITS_PER_USER_RATE": "3/1m", "OPENCLAW_LIMITS_PER_USER_BURST": "2",
            "OPENCLAW_LIMITS_MAX_INPUT_CHARS": "1000", "OPENCLAW_LIMITS_BUDGETS_PER_USER_DAILY_USD": "0.5",
            "OPENCLAW_PRIVACY_RETENTION_DAYS": "7", "OPENCLAW_PRIVACY_REDACT_UPSTREAM": "true",
            "OPENCLAW_PRIVACY_ENCRYPT_AT_REST": "FALSE", "OPENCLAW_LOGGING_MESSAGES": "redacted",
            "OPENCLAW_CONTENT_FILTER_ACTION": "flag", "OPENCLAW_CONTENT_FILTER_THRESHOLD": "80",
        ]
        let config = try ConfigLoader.load(path: Self.shipped, environment: environment, checkSecrets: false)
        #expect(config.limits.perUser == RateRule(rate: try RateSpec(parsing: "3/1m"), burst: 2))
        #expect(config.limits.maxInputChars == 1000 && config.limits.budgets.perUserDailyUsd == 0.5)
        #expect(config.privacy.retentionDays == 7 && config.privacy.redactUpstream && !config.privacy.encryptAtRest)
        #expect(config.logging.messages == .redacted)
        #expect(config.contentFilter.action == .flag && config.contentFilter.threshold == 80)
    }

    @Test func auditCheckpointKeysCanBeOverridden() throws {
        let environment = [
            "OPENCLAW_AUDIT_CHECKPOINT_FILE": "/var/log/openclaw/checkpoints.jsonl", "OPENCLAW_AUDIT_CHECKPOINT_INTERVAL_SECONDS": "60",
            "OPENCLAW_AUDIT_SYSLOG": "true",
        ]
        let config = try ConfigLoader.load(path: Self.shipped, environment: environment, checkSecrets: false)
        #expect(config.audit.checkpointPath(stateDir: config.state.dir) == "/var/log/openclaw/checkpoints.jsonl")
        #expect(config.audit.checkpointIntervalSeconds == 60 && config.audit.syslog)
        let tooOften = #expect(throws: ConfigError.self) {
            try ConfigLoader.load(path: Self.shipped, environment: ["OPENCLAW_AUDIT_CHECKPOINT_INTERVAL_SECONDS": "1"], checkSecrets: false)
        }
        #expect(tooOften?.description.contains("audit.checkpointIntervalSeconds") == true)
    }

    @Test func badOverridesNameTheVariable() {
        for (name, value, expected) in [
            ("OPENCLAW_PRIVACY_REDACT_UPSTREAM", "yes", "OPENCLAW_PRIVACY_REDACT_UPSTREAM: must be true or false"),
            ("OPENCLAW_LIMITS_BUDGETS_GLOBAL_DAILY_USD", "lots", "OPENCLAW_LIMITS_BUDGETS_GLOBAL_DAILY_USD: must be a number"),
            ("OPENCLAW_CONTENT_FILTER_ACTION", "shout", "contentFilter.action"),
        ] {
            let error = #expect(throws: ConfigError.self) {
                try ConfigLoader.load(path: Self.shipped, environment: [name: value], checkSecrets: false)
            }
            #expect(error?.description.contains(expected) == true, "\(name)=\(value): \(error?.description ?? "")")
        }
    }
}
