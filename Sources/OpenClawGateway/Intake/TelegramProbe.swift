import Logging
import OpenClawTelegram
import ServiceLifecycle

/// Calls `getMe` once a minute so `/readyz` knows Telegram is reachable in webhook mode too.
struct TelegramProbe: Service {
    let runtime: GatewayRuntime

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    _ = try await runtime.telegram.getMe()
                    runtime.health.markSuccess(at: runtime.now())
                } catch {
                    runtime.logger.warning("telegram getMe failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: .seconds(60))
            }
        }
    }
}
