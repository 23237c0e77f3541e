import AsyncHTTPClient
import Logging
import OpenClawTelegram
import TelegramSimulator

/// Runs `body` with a fresh simulator and a client pointed at it; stops the simulator after.
func withSimulator<T>(
    _ body: (TelegramSimulator, TelegramBotClient) async throws -> T
) async throws -> T {
    let simulator = try await TelegramSimulator.start(botUsername: Fixtures.botUsername)
    let client = TelegramBotClient(
        token: simulator.token,
        apiRoot: simulator.apiRoot,
        httpClient: .shared,
        logger: Logger(label: "test.telegram")
    )
    do {
        let result = try await body(simulator, client)
        await simulator.stop()
        return result
    } catch {
        await simulator.stop()
        throw error
    }
}
