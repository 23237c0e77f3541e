/// The stored grants one revocation took away.
package struct StoredRevocation: Sendable, Equatable {
    /// DM grants (pairing approvals, `allowlist add`) deleted.
    package var accessEntries: Int
    /// True when the user was the owner recorded by the first pairing approval.
    package var ownerRole: Bool

    package init(accessEntries: Int, ownerRole: Bool) {
        self.accessEntries = accessEntries
        self.ownerRole = ownerRole
    }

    package var isEmpty: Bool { accessEntries == 0 && !ownerRole }
}
