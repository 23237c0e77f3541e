/// One key's rate-limit state where replicas share it (the store's `rate_limits` rows): its GCRA
/// theoretical arrival time and its notice's, in nanoseconds on the database's clock, and the
/// allowance (interval plus tolerance) of the rule that wrote them, so a changed rule can rescale
/// them. A state whose times are both ≤ now is idle and may be deleted.
package struct StoredRate: Sendable, Equatable {
    package var tat: Int64
    package var noticeTAT: Int64
    package var allowance: Int64

    package init(tat: Int64, noticeTAT: Int64, allowance: Int64) {
        self.tat = tat
        self.noticeTAT = noticeTAT
        self.allowance = allowance
    }
}
