/// Why the listener closed a connection itself (`openclaw_http_connections_closed_total{reason}`).
enum ConnectionCloseReason: String, Sendable {
    /// A request not received whole within the listener's request timeout.
    case slowRequest = "slow_request"
}
