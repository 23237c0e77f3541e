public import OpenClawCore

/// Everything one handled update leaves in the store, written in one transaction: the turns,
/// the usage (which settles the call's budget reservation), the replies to send, and the update
/// marked done. A crash before the commit replays the update; after it, the replies are sent
/// from the outbox and the model is not asked again.
public struct UpdateCompletion: Sendable {
    public struct Turn: Sendable {
        public var session: SessionKey
        public var turn: ChatTurn
        public var userId: Int64?

        public init(session: SessionKey, turn: ChatTurn, userId: Int64?) {
            self.session = session
            self.turn = turn
            self.userId = userId
        }
    }

    /// The inbox update this completes; nil for messages not caused by an update (alerts).
    public var updateId: Int64?
    public var turns: [Turn]
    public var usage: UsageRecord?
    /// The reservation the usage settles (or, without usage, releases).
    public var reservationId: Int64?
    public var replies: [OutboxMessage]
    /// The update was set aside unhandled (done, outcome `parked`).
    public var parked: Bool

    public init(
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
