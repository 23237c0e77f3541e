import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// A stand-in for the gateway's webhook route: records what Telegram POSTs to it.
final class WebhookReceiver: Sendable {
    struct Received: Sendable {
        var secretHeader: String?
        var body: String
    }

    private let received = Mutex<[Received]>([])
    private let failuresLeft: Mutex<Int>
    private let task = Mutex<Task<Void, Never>?>(nil)
    private let group = Mutex<ServiceGroup?>(nil)
    private let boundPort = Mutex(0)

    var requests: [Received] { received.withLock { $0 } }
    var url: String { "http://127.0.0.1:\(boundPort.withLock { $0 })/telegram-webhook" }

    /// A receiver answering 500 to its first `failFirst` requests, then 200.
    init(failFirst: Int = 0) {
        failuresLeft = Mutex(failFirst)
    }

    func start() async throws {
        let router = Router()
        router.post("/telegram-webhook") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            let secret = request.headers[HTTPField.Name("X-Telegram-Bot-Api-Secret-Token")!]
            self.received.withLock { $0.append(Received(secretHeader: secret, body: String(buffer: body))) }
            let fail = self.failuresLeft.withLock { left in
                defer { left = max(left - 1, 0) }
                return left > 0
            }
            return fail ? .internalServerError : .ok
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: Logger(label: "test.webhook")
        )
        let serviceGroup = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "test.webhook")))
        group.withLock { $0 = serviceGroup }
        task.withLock { $0 = Task { try? await serviceGroup.run() } }
        for await port in ports {
            boundPort.withLock { $0 = port }
            break
        }
    }

    func stop() async {
        await group.withLock { $0 }?.triggerGracefulShutdown()
        await task.withLock { $0 }?.value
    }
}
