#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// One stored conversation turn, text decrypted, for `openclaw history`.
public struct StoredMessage: Sendable, Equatable, Codable {
    public var session: String
    public var role: String
    public var userId: Int64?
    public var content: String
    public var createdAt: Date
}
