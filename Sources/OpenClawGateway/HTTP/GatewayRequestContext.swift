import Hummingbird
import Logging
import NIOCore

/// Hummingbird's basic context plus the connection's peer address, which the webhook's
/// per-source throttle needs.
struct GatewayRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }
}
