/// What `inboxPrune(before:)` removed.
package struct InboxPruneResult: Sendable, Equatable {
    /// Done rows whose payload was erased; their update ids still count as seen.
    package var erasedPayloads: Int
    /// Rows forgotten entirely, a week after their payload was erasable.
    package var forgottenRows: Int

    package init(erasedPayloads: Int, forgottenRows: Int) {
        self.erasedPayloads = erasedPayloads
        self.forgottenRows = forgottenRows
    }
}
