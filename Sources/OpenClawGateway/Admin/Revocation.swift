public import OpenClawStore

/// What `allowlist remove` did, and what it could not do.
public struct Revocation: Sendable, Equatable {
    /// The stored grants taken away.
    public var stored: StoredRevocation
    /// Config keys that still grant the user access; only an edit of the config removes those.
    public var configKeys: [String]
}
