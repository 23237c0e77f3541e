import OpenClawCore

/// What `eraseUser` removed or anonymised, in rows.
package struct UserErasure: Sendable, Equatable, Codable {
    package var accessEntries = 0
    package var pairingRequests = 0
    package var messages = 0
    package var sessions = 0
    /// Usage rows kept for cost totals with the user and chat ids removed.
    package var usageAnonymised = 0
    /// Audit rows kept for the trail with the user id (and a DM chat id) removed.
    package var auditAnonymised = 0
    package var pendingUpdates = 0
    package var ownerSetting = 0
    /// Budget alert marks naming the user.
    package var alertMarks = 0
    /// Replies still queued to them (or to their direct chat).
    package var pendingReplies = 0

    package init() {}

    /// The `gdpr.erased` details: counts, who asked, and which audit records lost their ids; never whom.
    func auditDetails(requestedBy: String, anonymisedSeqs: [Int64]) -> [String: String] {
        [
            "requestedBy": requestedBy, "accessEntries": String(accessEntries), "pairingRequests": String(pairingRequests),
            "messages": String(messages), "sessions": String(sessions), "usageAnonymised": String(usageAnonymised),
            "auditAnonymised": String(auditAnonymised), "pendingUpdates": String(pendingUpdates), "ownerSetting": String(ownerSetting),
            "alertMarks": String(alertMarks), "pendingReplies": String(pendingReplies), "anonymisedSeqs": AuditSeqRanges.format(anonymisedSeqs),
        ]
    }

    package var total: Int {
        accessEntries + pairingRequests + messages + sessions + usageAnonymised + auditAnonymised + pendingUpdates + ownerSetting + alertMarks
            + pendingReplies
    }
}
