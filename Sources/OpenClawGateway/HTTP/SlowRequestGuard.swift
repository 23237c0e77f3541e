import HummingbirdCore
import NIOHTTPTypes
import NIOCore

/// One per connection: a request (head and body) must arrive whole within `requestTimeout` of
/// its first byte (or of the connection opening), or the connection is closed; and every
/// connection is registered with the listener's cap. Hummingbird's own idle timeout closes
/// connections that sit between requests.
final class SlowRequestGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let registry: ConnectionRegistry
    private let requestTimeout: TimeAmount
    private let onTimeout: @Sendable () -> Void
    private var deadline: Scheduled<Void>?
    private var registered = false

    init(registry: ConnectionRegistry, requestTimeout: TimeAmount, onTimeout: @escaping @Sendable () -> Void) {
        self.registry = registry
        self.requestTimeout = requestTimeout
        self.onTimeout = onTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { register(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        register(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        registry.closed(context.channel)
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            if deadline == nil { startDeadline(context) }
            registry.update(context.channel, to: .reading)
        case .body:
            break
        case .end:
            deadline?.cancel()
            deadline = nil
            registry.update(context.channel, to: .awaitingResponse)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            registry.update(context.channel, to: .idle)
        }
        context.write(data, promise: promise)
    }

    private func register(_ context: ChannelHandlerContext) {
        guard !registered else { return }
        registered = true
        for channel in registry.opened(context.channel) {
            channel.close(promise: nil)
        }
        startDeadline(context)
    }

    private func startDeadline(_ context: ChannelHandlerContext) {
        let channel = context.channel
        let onTimeout = onTimeout
        deadline = context.eventLoop.scheduleTask(in: requestTimeout) {
            onTimeout()
            channel.close(promise: nil)
        }
    }
}
