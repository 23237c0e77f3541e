/// What a retention pass pruned (`openclaw_retention_pruned_total{kind}`).
enum RetentionKind: String, Sendable, CaseIterable {
    case messages
    case sessions
    case pairingRequests = "pairing_requests"
    case usageAnonymised = "usage_anonymised"
    case auditEvents = "audit_events"
    case alertMarks = "alert_marks"
    case updatePayloads = "update_payloads"
}
