/// What the access policy decided about one inbound message.
package enum AccessDecision: Sendable, Equatable {
    /// The sender may talk to the model.
    case allow
    /// A stranger in a DM under `dmPolicy: pairing`: offer (or keep) a pairing request.
    case pairing
    /// Drop silently; nothing is sent to the model or back to the chat.
    case ignore(IgnoreReason)
}

/// Why a message was dropped; the raw value is a metric label and an audit detail.
package enum IgnoreReason: String, Sendable, CaseIterable {
    case editedMessage = "edited_message"
    case channelPost = "channel_post"
    case serviceMessage = "service_message"
    case fromBot = "from_bot"
    case noSender = "no_sender"
    case emptyText = "empty_text"
    case dmDisabled = "dm_disabled"
    case notAllowlisted = "not_allowlisted"
    case groupsDisabled = "groups_disabled"
    case groupNotAllowed = "group_not_allowed"
    case groupSenderNotAllowed = "group_sender_not_allowed"
    case notMentioned = "not_mentioned"

    /// Refusals of a person (as opposed to message kinds we never answer), worth an audit record.
    package var isUnauthorised: Bool {
        switch self {
        case .dmDisabled, .notAllowlisted, .groupNotAllowed, .groupSenderNotAllowed: true
        default: false
        }
    }
}
