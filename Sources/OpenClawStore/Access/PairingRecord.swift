#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore

/// A pairing request as kept for history: the request and, once settled, how and when.
package struct PairingRecord: Sendable, Equatable {
    package var request: PairingRequest
    /// Nil while pending or after it expired unanswered.
    package var resolution: PairingResolution?
    package var resolvedAt: Date?

    package init(request: PairingRequest, resolution: PairingResolution?, resolvedAt: Date?) {
        self.request = request
        self.resolution = resolution
        self.resolvedAt = resolvedAt
    }
}
