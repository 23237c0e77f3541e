/// Failed authentications of one source over one reporting interval.
public struct AuthFailureSummary: Sendable, Equatable {
    /// The IPv4 address or IPv6 /64; nil for sources counted together because the table was full.
    public var source: IPNetwork?
    /// Wrong or missing secrets answered 401.
    public var failures: Int
    /// Wrong or missing secrets answered 429: the source had used up its allowance of failures.
    public var throttled: Int

    public init(source: IPNetwork?, failures: Int, throttled: Int) {
        self.source = source
        self.failures = failures
        self.throttled = throttled
    }
}
