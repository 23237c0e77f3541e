#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The outcome of `AuditVerifier.verify`: intact or not, the first bad sequence, and what was covered.
public struct AuditVerification: Sendable, Equatable, Codable {
    /// Every problem found, lowest sequence first.
    public var problems: [AuditProblem]
    /// Things that weaken the check without being tampering (no checkpoint yet, unknown keys).
    public var warnings: [String]
    public var records: Int
    public var firstSeq: Int64?
    public var lastSeq: Int64?
    /// Genuine checkpoints that were compared with the chain.
    public var checkpointsChecked: Int
    public var lastCheckpointSeq: Int64?
    public var lastCheckpointTime: Date?

    public var isIntact: Bool { problems.isEmpty }
    public var firstBadSeq: Int64? { problems.first?.seq }
}
