import OpenClawTesting
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram
import TelegramSimulator
import Testing

/// `kill -HUP` on `openclaw gateway`: the configuration file is read again at once.
@Suite(.serialized) struct ConfigReloadSignalTests {
    typealias H = GatewayHarness

    func audits(_ kind: AuditKind, _ sandbox: SandboxDeployment) async throws -> [AuditEvent] {
        let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:], checkSecrets: false)
        return try await PairingAdmin.withStore(config: config, logger: H.quiet) { try await $0.store.auditEvents(kindPrefix: kind.rawValue, limit: 50) }
    }

    /// The edit also adds a provider whose key file does not exist yet, so the file watch must
    /// refuse it; once the key is written, only SIGHUP (the file did not change) applies it.
    @Test func sighupAppliesAnAllowFromRemovalTheFileWatchHadRefused() async throws {
        try await withSimulatedDeployment(adjust: ConfigReloadEndToEndTests.aliceAndBob) { telegram, model, sandbox in
            let gateway = try GatewayProcess(config: sandbox.configPath)
            do {
                telegram.inject(telegram.privateMessage(from: H.bob, text: "bob before"))
                _ = try await telegram.waitForSent(timeout: .seconds(20)) { $0.text == "echo: bob before" }

                try sandbox.editConfig { document in
                    ConfigReloadEndToEndTests.removeBob(&document)
                    document.set(
                        ["api": "openai-completions", "baseUrl": .string(model.baseURL + "/v1"), "apiKey": ["source": "file", "id": "extra_api_key"]],
                        at: ["models", "providers", "extra"]
                    )
                }
                try await waitUntil("the edit is refused for the missing key file") { try await audits(.configRefused, sandbox).count == 1 }
                #expect(try await audits(.configRefused, sandbox).first?.details["problems"] == "models.providers.extra.apiKey")
                telegram.inject(telegram.privateMessage(from: H.bob, text: "bob while refused"))
                _ = try await telegram.waitForSent { $0.text == "echo: bob while refused" }

                try sandbox.writeSecret("extra_api_key", "sk-extra-" + UUID().uuidString)
                let signalled = ContinuousClock.now
                gateway.hangUp()
                try await waitUntil(timeout: .seconds(10), "SIGHUP applies the file") { try await !audits(.configReloaded, sandbox).isEmpty }
                print("config reload: applied \(ContinuousClock.now - signalled) after SIGHUP")
                let reload = try #require(try await audits(.configReloaded, sandbox).first)
                #expect(reload.details["trigger"] == "sighup")
                #expect(reload.details["changed"] == "channels.telegram.allowFrom,models.providers.extra.api,models.providers.extra.apiKey,models.providers.extra.baseUrl,models.providers.extra.allowInsecureHttp,models.providers.extra.timeoutSeconds"
                    .split(separator: ",").sorted().joined(separator: ","))

                telegram.inject(telegram.privateMessage(from: H.bob, text: "bob after"))
                telegram.inject(telegram.privateMessage(from: H.alice, text: "alice after"))
                _ = try await telegram.waitForSent { $0.text == "echo: alice after" }
                #expect(try await gateway.stop() == 0)
                #expect(!model.requests.contains { $0.lastUserMessage == "bob after" })
                #expect(gateway.log().contains("SIGHUP: reading the configuration and the secret files again"))
            } catch {
                _ = try? await gateway.stop()
                throw error
            }
        }
    }
}
