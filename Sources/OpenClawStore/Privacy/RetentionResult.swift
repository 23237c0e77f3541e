/// What one retention pass removed, in rows.
public struct RetentionResult: Sendable, Equatable {
    public var messages = 0
    public var sessions = 0
    public var pairingRequests = 0
    public var usageAnonymised = 0
    public var auditEvents = 0
    /// "Alert already raised" marks of budget windows that have ended.
    public var alertMarks = 0

    public init() {}

    public var total: Int { messages + sessions + pairingRequests + usageAnonymised + auditEvents + alertMarks }
}
