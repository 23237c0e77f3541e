import OpenClawTesting
import Foundation
import OpenClawCore
import OpenClawGateway
import Testing

/// `openclaw config validate` (the same check the gateway makes at start) refuses values the
/// code would not handle, naming the key and the rule, never a secret.
@Suite struct ConfigValidateCommandTests {
    /// A sandbox deployment (valid as created) changed by `adjust`, validated by the real executable.
    func validate(
        environment: [String: String] = [:], _ adjust: @escaping (inout JSONValue) -> Void
    ) async throws -> OpenClawProcess.Result {
        return try await SandboxDeployment.withSandbox(
            telegramAPIRoot: "http://127.0.0.1:9", botToken: "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0", modelBaseURL: "http://127.0.0.1:9",
            adjust: adjust
        ) { sandbox in
            return try await OpenClawProcess.run(["config", "validate", "--config", sandbox.configPath], environment: environment)
        }
    }

    @Test func theSandboxDeploymentIsValid() async throws {
        let result = try await validate { _ in }
        #expect(result.status == 0, "\(result.error)")
    }

    /// The PostgreSQL URL is a secret checked for its format like the others, never echoed; a
    /// written-out `tls: "disable"` is said aloud.
    @Test func thePostgresURLSecretIsCheckedAndPlainTextIsFlagged() async throws {
        let postgres: JSONValue = ["url": ["source": "env", "id": "OPENCLAW_PG_URL"], "tls": "disable"]
        let refused = try await validate(environment: ["OPENCLAW_PG_URL": "mysql://root:hunter2@db/openclaw"]) { document in
            document.set("postgres", at: ["state", "backend"])
            document.set(postgres, at: ["state", "postgres"])
        }
        #expect(refused.status == 1)
        #expect(refused.error.contains("state.postgres.url"), "\(refused.error)")
        #expect(!(refused.error + refused.output).contains("hunter2"))
        let accepted = try await validate(environment: ["OPENCLAW_PG_URL": "postgresql://bot:hunter2@db.internal/openclaw"]) { document in
            document.set("postgres", at: ["state", "backend"])
            document.set(postgres, at: ["state", "postgres"])
        }
        #expect(accepted.status == 0, "\(accepted.error)")
        #expect(accepted.output.contains("state: postgres tls=disable"))
        #expect(accepted.output.contains("warning: state.postgres.tls is \"disable\""))
        #expect(!(accepted.error + accepted.output).contains("hunter2"))
    }

    /// `textChunkLimit: 1` used to pass here and crash the first reply.
    @Test func aChunkLimitTheRepliesCannotUseIsRefused() async throws {
        let result = try await validate { $0.set(1, at: ["channels", "telegram", "textChunkLimit"]) }
        #expect(result.status == 1)
        #expect(result.error.contains("channels.telegram.textChunkLimit: must be a whole number from 256 to 4096"))
    }

    /// A model without `cost` used to count as $0, so a budget never stopped it.
    @Test func aBudgetWithAnUnpricedModelIsRefusedNamingTheModel() async throws {
        let result = try await validate { document in
            document.set(["globalDailyUsd": 5], at: ["limits", "budgets"])
            document.set([["id": "scripted"]], at: ["models", "providers", "local", "models"])
        }
        #expect(result.status == 1)
        #expect(result.error.contains(#"agents.defaults.model: model "local/scripted" has no price"#))
        #expect(!result.error.contains("fallbacks"), "cloud/claude-sim is priced")
    }

    /// `bind: lan` with a gateway token `a` and a webhook secret `b` from the environment used to pass.
    @Test func weakSecretsFromTheEnvironmentAreRefusedByRole() async throws {
        let result = try await validate(environment: ["OC_GW": "a", "OC_HOOK": "b"]) { document in
            document.set(["bind": "lan", "auth": ["token": ["source": "env", "id": "OC_GW"]]], at: ["gateway"])
            document.set("https://bot.example.org/telegram-webhook", at: ["channels", "telegram", "webhookUrl"])
            document.set(["source": "env", "id": "OC_HOOK"], at: ["channels", "telegram", "webhookSecret"])
        }
        #expect(result.status == 1)
        #expect(result.error.contains("gateway.auth.token: the gateway token (environment variable OC_GW) does not have the expected format"))
        #expect(result.error.contains("channels.telegram.webhookSecret: the Telegram webhook secret (environment variable OC_HOOK)"))
    }

    /// `http://127.0.0.1.nip.io` and `http://127.0.0.1@evil.example` used to pass as loopback.
    @Test func plainHTTPIsDecidedOnTheParsedHost() async throws {
        for url in ["http://127.0.0.1.nip.io", "http://127.0.0.1@evil.example"] {
            let result = try await validate { $0.set(.string(url), at: ["channels", "telegram", "apiRoot"]) }
            #expect(result.status == 1, "\(url)")
            #expect(result.error.contains("channels.telegram.apiRoot: must be an https:// URL"))
        }
        let lan = try await validate { $0.set("http://192.168.1.20:11434/v1", at: ["models", "providers", "local", "baseUrl"]) }
        #expect(lan.status == 1)
        #expect(lan.error.contains("models.providers.local.baseUrl"))
        let allowed = try await validate { document in
            document.set("http://192.168.1.20:11434/v1", at: ["models", "providers", "local", "baseUrl"])
            document.set(true, at: ["models", "providers", "local", "allowInsecureHttp"])
        }
        #expect(allowed.status == 0, "\(allowed.error)")
    }
}
