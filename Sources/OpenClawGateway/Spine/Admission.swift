import OpenClawCore

/// What the free stages (normalize, access, limits) made of an update.
enum Admission: Sendable {
    /// Nothing more to do (ignored, refused, limited): the outcome is all.
    case done(Outcome)
    /// Work in the conversation's lane; `notes` holds what the free stages already recorded.
    case work(Work, notes: Outcome)
}

/// Work an admitted update needs, done in its conversation's lane.
enum Work: Sendable {
    /// A stranger under `dmPolicy: pairing`: a pairing request, maybe a reply.
    case pairing(InboundMessage, sender: Int64)
    /// A command or a model turn.
    case answer(AdmittedMessage)

    var message: InboundMessage {
        switch self {
        case .pairing(let message, _): message
        case .answer(let admitted): admitted.message
        }
    }
}
