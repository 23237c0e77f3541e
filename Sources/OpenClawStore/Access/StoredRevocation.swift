/// The stored grants one revocation took away.
public struct StoredRevocation: Sendable, Equatable {
    /// DM grants (pairing approvals, `allowlist add`) deleted.
    public var accessEntries: Int
    /// True when the user was the owner recorded by the first pairing approval.
    public var ownerRole: Bool

    public init(accessEntries: Int, ownerRole: Bool) {
        self.accessEntries = accessEntries
        self.ownerRole = ownerRole
    }

    public var isEmpty: Bool { accessEntries == 0 && !ownerRole }
}
