package import Logging
import Hummingbird
import NIOCore
import ServiceLifecycle
import Synchronization

/// Fake Anthropic and OpenAI-compatible model servers on one loopback port, for the demo,
/// tests and benchmarks.
///
/// `POST /v1/messages` answers in Anthropic's shape, `POST /v1/chat/completions` in OpenAI's.
/// By default each reply is `echo: <last user message>`, with usage predictable from
/// `tokens(forCharacters:)`: input from all prompt characters, output from the reply's.
package final class ModelSimulator: Sendable {
    /// The address and port the server listens on.
    package let host: String
    package let port: Int
    /// `http://127.0.0.1:PORT`: the Anthropic base URL.
    package var baseURL: String { "http://\(host):\(port)" }
    /// `http://127.0.0.1:PORT/v1`: the OpenAI-compatible base URL.
    package var openAIBaseURL: String { baseURL + "/v1" }

    let store: SimulatorStore
    private let server: Mutex<(group: ServiceGroup, task: Task<Void, any Error>)?>

    private init(host: String, port: Int, store: SimulatorStore, group: ServiceGroup, serverTask: Task<Void, any Error>) {
        self.host = host
        self.port = port
        self.store = store
        self.server = Mutex((group, serverTask))
    }

    /// Starts a simulator on `127.0.0.1`, on a port the system picks, unless told otherwise.
    package static func start(host: String = "127.0.0.1", port: Int = 0, logger: Logger = Logger(label: "ModelSimulator")) async throws -> ModelSimulator {
        let store = SimulatorStore()
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: SimulatorRoutes(store: store).makeRouter(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        // In a group of its own, so `stop()` can shut it down gracefully: cancelling a server's
        // task while an accepted connection is still buffered traps in NIO (apple/swift-nio#3481).
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let task = Task {
            defer { portContinuation.finish() }
            try await group.run()
        }
        var boundPort = 0
        for await bound in ports {
            boundPort = bound
            break
        }
        guard boundPort > 0 else {
            await group.triggerGracefulShutdown()
            _ = try? await task.value
            throw ModelSimulatorError(message: "the model simulator could not bind \(host):\(port)")
        }
        return ModelSimulator(host: host, port: boundPort, store: store, group: group, serverTask: task)
    }

    /// Shuts the server down gracefully and waits for it to finish; calling it twice is harmless.
    /// A reply still held back by `setLatency` after `grace` is cancelled.
    package func stop(grace: Duration = .seconds(1)) async {
        guard let server = server.withLock({ server in
            defer { server = nil }
            return server
        }) else { return }
        await server.group.triggerGracefulShutdown()
        // The group returns once both children have: the server's end, however it came.
        await withTaskGroup(of: Void.self) { group in
            group.addTask { _ = try? await server.task.value }
            group.addTask {
                guard (try? await Task.sleep(for: grace)) != nil else { return }  // deadline, unless the server ended first
                server.task.cancel()
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// The usage figure the simulator reports for a given number of characters: ⌈count / 4⌉.
    package static func tokens(forCharacters count: Int) -> Int {
        (count + 3) / 4
    }
}

/// The simulator failed to start.
package struct ModelSimulatorError: Error, Sendable, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}
