/// One way the audit trail fails verification, at the first sequence number it affects.
package struct AuditProblem: Sendable, Equatable, Codable, CustomStringConvertible {
    package enum Kind: String, Sendable, Codable {
        /// A record's fields no longer match its hash or digests.
        case edited
        /// Sequence numbers are missing from the middle or the start of the chain.
        case deleted
        /// Records are out of sequence order, or a sequence number repeats.
        case reordered
        /// Records covered by a signed checkpoint are missing from the end.
        case truncated
        /// The chain disagrees with a signed checkpoint: it was recomputed after an edit.
        case rewritten
        /// A record lost its ids without a `gdpr.erased` record naming it.
        case unrecordedErasure
        /// A row without a sequence number sits in the table.
        case inserted
        /// A checkpoint line whose signature does not verify with a trusted key.
        case forgedCheckpoint
    }

    package var kind: Kind
    /// The first sequence number affected (for a forged checkpoint, the one it claims).
    package var seq: Int64
    package var message: String

    package init(_ kind: Kind, seq: Int64, _ message: String) {
        self.kind = kind
        self.seq = seq
        self.message = message
    }

    package var description: String { "seq \(seq): \(kind.rawValue): \(message)" }
}
