#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
public import OpenClawCore

/// A pairing request as kept for history: the request and, once settled, how and when.
public struct PairingRecord: Sendable, Equatable {
    public var request: PairingRequest
    /// Nil while pending or after it expired unanswered.
    public var resolution: PairingResolution?
    public var resolvedAt: Date?

    public init(request: PairingRequest, resolution: PairingResolution?, resolvedAt: Date?) {
        self.request = request
        self.resolution = resolution
        self.resolvedAt = resolvedAt
    }
}
