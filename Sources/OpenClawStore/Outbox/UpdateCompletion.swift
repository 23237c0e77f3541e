package import OpenClawCore

/// Everything one handled update leaves in the store, written in one transaction: the turns,
/// the usage (which settles the call's budget reservation), the replies to send, and the update
/// marked done. A crash before the commit replays the update; after it, the replies are sent
/// from the outbox and the model is not asked again.
package struct UpdateCompletion: Sendable {
    package struct Turn: Sendable {
        package var session: SessionKey
        package var turn: ChatTurn
        package var userId: Int64?

        package init(session: SessionKey, turn: ChatTurn, userId: Int64?) {
            self.session = session
            self.turn = turn
            self.userId = userId
        }
    }

    /// The inbox update this completes; nil for messages not caused by an update (alerts).
    package var updateId: Int64?
    package var turns: [Turn]
    package var usage: UsageRecord?
    /// The reservation the usage settles (or, without usage, releases).
    package var reservationId: Int64?
    package var replies: [OutboxMessage]
    /// The update was set aside unhandled (done, outcome `parked`).
    package var parked: Bool

    package init(
        updateId: Int64?, turns: [Turn] = [], usage: UsageRecord? = nil, reservationId: Int64? = nil, replies: [OutboxMessage] = [],
        parked: Bool = false
    ) {
        self.updateId = updateId
        self.parked = parked
        self.turns = turns
        self.usage = usage
        self.reservationId = reservationId
        self.replies = replies
    }
}
