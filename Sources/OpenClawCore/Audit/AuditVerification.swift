#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// The outcome of `AuditVerifier.verify`: intact or not, the first bad sequence, and what was covered.
package struct AuditVerification: Sendable, Equatable, Codable {
    /// Every problem found, lowest sequence first.
    package var problems: [AuditProblem]
    /// Things that weaken the check without being tampering (no checkpoint yet, unknown keys).
    package var warnings: [String]
    package var records: Int
    package var firstSeq: Int64?
    package var lastSeq: Int64?
    /// Genuine checkpoints that were compared with the chain.
    package var checkpointsChecked: Int
    package var lastCheckpointSeq: Int64?
    package var lastCheckpointTime: Date?

    package var isIntact: Bool { problems.isEmpty }
    package var firstBadSeq: Int64? { problems.first?.seq }
}
