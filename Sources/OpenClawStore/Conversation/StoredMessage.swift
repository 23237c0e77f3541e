#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// One stored conversation turn, text decrypted, for `openclaw history`.
package struct StoredMessage: Sendable, Equatable, Codable {
    package var session: String
    package var role: String
    package var userId: Int64?
    package var content: String
    package var createdAt: Date
}
