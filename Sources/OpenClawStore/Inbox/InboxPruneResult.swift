/// What `inboxPrune(before:)` removed.
public struct InboxPruneResult: Sendable, Equatable {
    /// Done rows whose payload was erased; their update ids still count as seen.
    public var erasedPayloads: Int
    /// Rows forgotten entirely, a week after their payload was erasable.
    public var forgottenRows: Int

    public init(erasedPayloads: Int, forgottenRows: Int) {
        self.erasedPayloads = erasedPayloads
        self.forgottenRows = forgottenRows
    }
}
