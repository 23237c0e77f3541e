#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// What was found on disk for one secret, gathered by `SecretDirectory.observe`.
package enum SecretObservation: Sendable, Equatable {
    case missing
    /// `mode` is the POSIX permission bits; `value` is trimmed and stays in memory only.
    case present(value: String, mode: Int, modified: Date)
}
