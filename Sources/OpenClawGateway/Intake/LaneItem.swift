import OpenClawCore

/// An admitted update waiting in (or at the head of) its conversation's lane.
struct LaneItem: Sendable {
    var updateId: Int64
    var work: Work
    /// What the free stages already recorded for it.
    var notes: Outcome
    /// Whether this process holds its claim (taken at admission when its lane was free).
    var claimed: Bool

    var sender: Int64? { work.message.senderId }
}

/// One conversation's updates, handled one at a time in order.
struct Lane: Sendable {
    var queue: [LaneItem] = []
    var running = false
}
