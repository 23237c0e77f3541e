package import OpenClawStore

/// What `allowlist remove` did, and what it could not do.
package struct Revocation: Sendable, Equatable {
    /// The stored grants taken away.
    package var stored: StoredRevocation
    /// Config keys that still grant the user access; only an edit of the config removes those.
    package var configKeys: [String]
}
