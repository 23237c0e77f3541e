/// What one retention pass removed, in rows.
package struct RetentionResult: Sendable, Equatable {
    package var messages = 0
    package var sessions = 0
    package var pairingRequests = 0
    package var usageAnonymised = 0
    package var auditEvents = 0
    /// "Alert already raised" marks of budget windows that have ended.
    package var alertMarks = 0

    package init() {}

    package var total: Int { messages + sessions + pairingRequests + usageAnonymised + auditEvents + alertMarks }
}
