import AsyncHTTPClient
import Hummingbird
package import Logging
import NIOCore
package import OpenClawTelegram
import ServiceLifecycle
import Synchronization

/// A Bot API server on loopback that records what the bot sends and lets tests inject updates.
///
/// ```swift
/// let telegram = try await TelegramSimulator.start()
/// telegram.inject(telegram.privateMessage(from: alice, text: "hi"))
/// let replies = try await telegram.waitForSentMessages(count: 1)
/// await telegram.stop()
/// ```
package final class TelegramSimulator: Sendable {
    /// The token the simulator accepts now; any other answers 401.
    package var token: String { state.withLock { $0.token } }
    /// The bot's own user, as `getMe` returns it.
    package let bot: TelegramUser
    /// Attempts per webhook delivery before the update is given up.
    package let webhookAttempts: Int
    let logger: Logger
    let state = Mutex(SimulatorState())
    let changes = ChangeNotifier()
    private let tasks = Mutex<[Task<Void, Never>]>([])
    private let serviceGroup = Mutex<ServiceGroup?>(nil)

    /// The address the server listens on (loopback unless the caller chose otherwise).
    package let host: String

    init(token: String, bot: TelegramUser, webhookAttempts: Int, host: String, logger: Logger) {
        state.withLock { $0.token = token }
        self.host = host
        self.bot = bot
        self.webhookAttempts = webhookAttempts
        self.logger = logger
    }

    /// Revokes the token as BotFather's `/revoke` does: from now on only `newToken` works.
    package func revokeToken(replacingWith newToken: String) {
        state.withLock { $0.token = newToken }
    }

    /// Where the bot client should point: `http://127.0.0.1:PORT`.
    package var apiRoot: String { "http://\(host):\(port)" }

    /// The TCP port the simulator listens on.
    package var port: Int { state.withLock { $0.port } }

    /// The default logger: warnings only, so test output is not drowned in server chatter.
    package static var quietLogger: Logger {
        var logger = Logger(label: "telegram-simulator")
        logger.logLevel = .warning
        return logger
    }

    /// A token of Telegram's format (`<digits>:<35 of A-Za-z0-9_->`) that is obviously a fixture.
    package static func fixtureToken(botId: Int64) -> String {
        "\(botId):AAE-simulator_fixture_token_0000000"
    }

    /// Starts a simulator (on `127.0.0.1` with an ephemeral port unless told otherwise) and returns once it listens.
    package static func start(
        host: String = "127.0.0.1",
        port: Int = 0,
        token: String? = nil,
        botId: Int64 = 7_000_000_001,
        botUsername: String = "openclaw_test_bot",
        webhookAttempts: Int = 3,
        logger: Logger = TelegramSimulator.quietLogger
    ) async throws -> TelegramSimulator {
        let bot = TelegramUser(id: botId, isBot: true, firstName: "OpenClaw Test Bot", username: botUsername)
        let simulator = TelegramSimulator(
            token: token ?? fixtureToken(botId: botId),
            bot: bot,
            webhookAttempts: max(webhookAttempts, 1),
            host: host,
            logger: logger
        )
        try await simulator.startServer(port: port)
        return simulator
    }

    private func startServer(port: Int) async throws {
        let router = Router()
        addRoutes(to: router)
        let started = StartSignal()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { channel in started.finish(.success(channel.localAddress?.port ?? 0)) },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        serviceGroup.withLock { $0 = group }
        let server = Task {
            do {
                try await group.run()
                started.finish(.failure(TelegramSimulatorError(code: .startFailed, message: "server stopped before it listened")))
            } catch {
                started.finish(.failure(TelegramSimulatorError(code: .startFailed, message: "\(type(of: error))")))
            }
        }
        let deliveries = Task { await self.runWebhookDeliveries() }
        tasks.withLock { $0 = [server, deliveries] }
        let bound = try await started.value
        state.withLock { $0.port = bound }
        logger.debug("telegram simulator listening", metadata: ["port": "\(bound)"])
    }

    /// Stops the server gracefully (open long polls answer at once) and the webhook deliveries.
    package func stop() async {
        state.withLock { $0.stopping = true }
        changes.notify()
        let group = serviceGroup.withLock { group in
            defer { group = nil }
            return group
        }
        let running = tasks.withLock { tasks in
            defer { tasks = [] }
            return tasks
        }
        await group?.triggerGracefulShutdown()
        for task in running.dropFirst() { task.cancel() }
        for task in running { await task.value }
    }
}
