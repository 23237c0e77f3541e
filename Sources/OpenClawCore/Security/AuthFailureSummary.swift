/// Failed authentications of one source over one reporting interval.
package struct AuthFailureSummary: Sendable, Equatable {
    /// The IPv4 address or IPv6 /64; nil for sources counted together because the table was full.
    package var source: IPNetwork?
    /// Wrong or missing secrets answered 401.
    package var failures: Int
    /// Wrong or missing secrets answered 429: the source had used up its allowance of failures.
    package var throttled: Int

    package init(source: IPNetwork?, failures: Int, throttled: Int) {
        self.source = source
        self.failures = failures
        self.throttled = throttled
    }
}
