import Foundation
package import ModelSimulator
package import OpenClawCore
import OpenClawGateway
package import TelegramSimulator

/// The simulators and a sandbox deployment without a gateway, for tests that run the gateway as
/// a process of its own (to kill it). Everything is stopped and removed when `body` ends.
package func withSimulatedDeployment<T>(
    postgres: Bool = false,
    adjust: (inout JSONValue) -> Void = { _ in },
    _ body: (TelegramSimulator, ModelSimulator, SandboxDeployment) async throws -> T
) async throws -> T {
    let telegram = try await TelegramSimulator.start(logger: GatewayHarness.quiet)
    let model = try await ModelSimulator.start(logger: GatewayHarness.quiet)
    let sandbox: SandboxDeployment
    do {
        sandbox = try SandboxDeployment.create(
            telegramAPIRoot: telegram.apiRoot, botToken: telegram.token, modelBaseURL: model.baseURL, postgres: postgres
        ) {
            GatewayHarness.relaxLimits(&$0)
            adjust(&$0)
        }
    } catch {
        await telegram.stop()
        await model.stop()
        throw error
    }
    return try await withTeardown { try await body(telegram, model, sandbox) } teardown: {
        await telegram.stop()
        await model.stop()
        await sandbox.remove()
    }
}
