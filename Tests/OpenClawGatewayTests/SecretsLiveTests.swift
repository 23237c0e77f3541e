import OpenClawTesting
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import Testing
import TelegramSimulator

/// `secrets validate --live` and `rotate` against the Telegram and model simulators.
@Suite(.serialized) struct SecretsLiveTests {
    @Test func validateLiveAcceptsGoodSecretsAndNamesTheRefusedOnes() async throws {
        try await withSimulatedDeployment { telegram, model, sandbox in
            let goodKey = try #require(sandbox.readSecret("anthropic_api_key"))
            model.setAcceptedKeys([goodKey])

            let good = try await OpenClawProcess.run(["secrets", "validate", "--live", "--config", sandbox.configPath])
            #expect(good.status == 0, "\(good.output)\(good.error)")
            #expect(good.output.contains("telegram_bot_token: ok; live: Telegram getMe accepted it"))
            #expect(good.output.contains("anthropic_api_key: ok; live: provider cloud"))

            let wrongToken = "7000000001:AAE-fixture_value_not_real_99999999"
            try sandbox.writeSecret("telegram_bot_token", wrongToken)
            let wrongKey = "sk-ant-api03-fixture_wrong_key_not_real"
            try sandbox.writeSecret("anthropic_api_key", wrongKey)
            let bad = try await OpenClawProcess.run(["secrets", "validate", "--live", "--config", sandbox.configPath])
            #expect(bad.status == 2)
            #expect(bad.output.contains("telegram_bot_token: ok; live check FAILED: Telegram getMe"))
            #expect(bad.output.contains("anthropic_api_key: ok; live check FAILED: provider cloud") && bad.output.contains("HTTP 401"))
            #expect(!(bad.output + bad.error).contains("fixture_value") && !(bad.output + bad.error).contains("fixture_wrong_key"))

            // The format alone passes; only the live check can tell the token is wrong.
            let offline = try await OpenClawProcess.run(["secrets", "validate", "--config", sandbox.configPath])
            #expect(offline.status == 0, "\(offline.output)")

            // Rotation refuses a value the service refuses, and keeps the current one.
            try sandbox.writeSecret("telegram_bot_token", telegram.token)
            let refused = try await OpenClawProcess.run(
                ["secrets", "rotate", "--config", sandbox.configPath, "--secret-name", "telegram_bot_token", "--from-stdin", "--yes"],
                input: Data(wrongToken.utf8)
            )
            #expect(refused.status == 1)
            #expect(refused.error.contains("refused by the live check"))
            #expect(sandbox.readSecret("telegram_bot_token") == telegram.token)
        }
    }
}
