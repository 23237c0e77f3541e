#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// One reason a Telegram user gets in, and where it is written.
public struct AccessGrant: Sendable, Equatable {
    public enum Role: String, Sendable {
        case directMessages = "dm"
        case owner
    }

    public enum Origin: Sendable, Equatable {
        /// A config key; edit the file to change it.
        case config(keyPath: String)
        /// The store: a pairing approval, `allowlist add`, or the owner recorded by the first approval.
        case store(source: String, since: Date?)
    }

    public var userId: Int64
    public var role: Role
    public var origin: Origin
}
