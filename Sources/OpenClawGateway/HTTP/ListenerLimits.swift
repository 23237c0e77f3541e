/// How long the HTTP listener waits for clients, and how many it holds at once.
package struct ListenerLimits: Sendable {
    /// Open connections at most; past it the oldest one not awaiting its response is closed.
    package var maxConnections: Int
    /// A request's head and body must arrive within this of its first byte (or of connecting).
    package var requestTimeout: Duration
    /// A kept-alive connection with no request in progress is closed after this.
    package var idleTimeout: Duration

    package init(maxConnections: Int = 256, requestTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(60)) {
        self.maxConnections = max(1, maxConnections)
        self.requestTimeout = max(.milliseconds(1), requestTimeout)
        self.idleTimeout = max(.milliseconds(1), idleTimeout)
    }
}
