/// Failed authentications of one source over one reporting interval.
public struct AuthFailureSummary: Sendable, Equatable {
    /// The IPv4 address or IPv6 /64; nil for sources counted together because the table was full.
    public var source: IPNetwork?
    /// Attempts whose secret was checked and wrong (or missing).
    public var failures: Int
    /// Attempts answered 429 without their secret being checked.
    public var throttled: Int

    public init(source: IPNetwork?, failures: Int, throttled: Int) {
        self.source = source
        self.failures = failures
        self.throttled = throttled
    }
}
