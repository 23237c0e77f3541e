#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// One reason a Telegram user gets in, and where it is written.
package struct AccessGrant: Sendable, Equatable {
    package enum Role: String, Sendable {
        case directMessages = "dm"
        case owner
    }

    package enum Origin: Sendable, Equatable {
        /// A config key; edit the file to change it.
        case config(keyPath: String)
        /// The store: a pairing approval, `allowlist add`, or the owner recorded by the first approval.
        case store(source: String, since: Date?)
    }

    package var userId: Int64
    package var role: Role
    package var origin: Origin
}
