import OpenClawCore
import OpenClawStore

/// What handling one update leaves to be done: replies to send, turns and usage to store, audit
/// records, counted and logged events. Stages return it; `EffectsPerformer` carries it out in
/// one place, so reading a stage never means following a send, a write or a metric call.
struct Outcome: Sendable {
    var events: [PipelineEvent] = []
    var audits: [AuditRecord] = []
    var replies: [Reply] = []
    var turns: [UpdateCompletion.Turn] = []
    var usage: UsageRecord?
    /// The budget reservation the usage settles, or that is released.
    var reservationId: Int64?
    var costAlerts: [CostAlert] = []
    /// A group moved to a new chat id (group → supergroup).
    var migration: GroupMove?
    /// The grants changed here (an erasure): the access cache reloads.
    var grantsChanged = false
    /// The update was set aside unhandled (it was in hand when the process died too often).
    var parked = false

    init(events: [PipelineEvent] = [], audits: [AuditRecord] = [], replies: [Reply] = []) {
        self.events = events
        self.audits = audits
        self.replies = replies
    }

    static func event(_ event: PipelineEvent) -> Outcome { Outcome(events: [event]) }

    mutating func record(_ event: PipelineEvent) { events.append(event) }

    mutating func audit(_ kind: AuditKind, userId: Int64? = nil, chatId: Int64? = nil, _ details: [String: String] = [:]) {
        audits.append(AuditRecord(kind: kind, userId: userId, chatId: chatId, details: details))
    }

    mutating func reply(_ text: String, to message: InboundMessage) {
        replies.append(Reply(text, to: message))
    }

    /// This outcome followed by `later`'s effects.
    func merging(_ later: Outcome) -> Outcome {
        var merged = self
        merged.events += later.events
        merged.audits += later.audits
        merged.replies += later.replies
        merged.turns += later.turns
        merged.usage = later.usage ?? usage
        merged.reservationId = later.reservationId ?? reservationId
        merged.costAlerts += later.costAlerts
        merged.migration = later.migration ?? migration
        merged.grantsChanged = grantsChanged || later.grantsChanged
        merged.parked = parked || later.parked
        return merged
    }
}

/// An audit event before the performer stamps its time.
struct AuditRecord: Sendable {
    var kind: AuditKind
    var userId: Int64?
    var chatId: Int64?
    var details: [String: String]
}

/// A group that became a supergroup under a new id.
struct GroupMove: Sendable, Equatable {
    var from: Int64
    var to: Int64
}
