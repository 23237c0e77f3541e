#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Checks the audit chain and the signed checkpoints against each other.
///
/// `records` come in storage order (insertion order), so a record moved to another place in the
/// sequence shows as out of order rather than as an edit. A record with `seq` 0 is one that sits
/// in the table without a place in the chain.
package struct AuditVerifier: Sendable {
    package var trustedKeys: [AuditCheckpointVerifier]

    package init(trustedKeys: [AuditCheckpointVerifier]) {
        self.trustedKeys = trustedKeys
    }

    /// - Parameter unreadableCheckpointLines: lines of the checkpoint file that are not checkpoints
    ///   (a damaged line hides what it said, so it counts as tampering).
    package func verify(records: [AuditRecord], checkpoints: [AuditCheckpoint], unreadableCheckpointLines: Int = 0) -> AuditVerification {
        var problems = chainProblems(records)
        if unreadableCheckpointLines > 0 {
            let seq = checkpoints.map(\.seq).max().map { $0 + 1 } ?? 1
            problems.append(AuditProblem(.forgedCheckpoint, seq: seq, "\(unreadableCheckpointLines) line(s) of the checkpoint file are damaged"))
        }
        problems += erasureProblems(records)
        var result = AuditVerification(
            problems: [], warnings: [], records: records.count,
            firstSeq: records.first(where: { $0.seq > 0 })?.seq, lastSeq: records.last(where: { $0.seq > 0 })?.seq,
            checkpointsChecked: 0, lastCheckpointSeq: nil, lastCheckpointTime: nil
        )
        checkpointProblems(records, checkpoints, into: &result, problems: &problems)
        // By sequence; for one sequence, in the order found (a move is reported before the broken link it causes).
        result.problems = problems.enumerated().sorted { ($0.element.seq, $0.offset) < ($1.element.seq, $1.offset) }.map(\.element)
        return result
    }

    /// Sequence, links, hashes and digests, walking the records in storage order.
    private func chainProblems(_ records: [AuditRecord]) -> [AuditProblem] {
        let present = Set(records.map(\.seq))
        var problems: [AuditProblem] = []
        // The highest sequence seen so far and its hash: the record that should come next links to it.
        var highest: (seq: Int64, hash: String)?
        for record in records {
            let expected = (highest?.seq ?? 0) + 1
            guard record.seq > 0 else {
                problems.append(AuditProblem(.inserted, seq: expected, "a record without a sequence number was inserted at this point"))
                continue
            }
            if let highest {
                if record.seq != expected {
                    if record.seq < expected || present.contains(expected) {
                        problems.append(AuditProblem(.reordered, seq: min(expected, record.seq), "seq \(record.seq) is stored where seq \(expected) belongs"))
                    } else {
                        problems.append(AuditProblem(.deleted, seq: expected, "records \(range(expected, record.seq - 1)) are missing"))
                    }
                } else if record.prevHash != highest.hash {
                    problems.append(AuditProblem(.edited, seq: record.seq, "does not link to seq \(record.seq - 1): a record before it was replaced"))
                }
            } else if record.seq == 1, record.prevHash != AuditChain.genesis {
                problems.append(AuditProblem(.edited, seq: 1, "the first record does not start the chain"))
            } else if record.seq > 1, !prunedThrough(records, seq: record.seq - 1, hash: record.prevHash) {
                problems.append(AuditProblem(.deleted, seq: 1, "records \(range(1, record.seq - 1)) are missing and no audit.pruned record accounts for them"))
            }
            if AuditChain.expectedHash(of: record) != record.hash {
                problems.append(AuditProblem(.edited, seq: record.seq, "the record does not match its hash"))
            } else if AuditChain.digest(record.details) != record.detailsDigest {
                problems.append(AuditProblem(.edited, seq: record.seq, "the details do not match their digest"))
            } else if let salt = record.subjectSalt,
                      AuditChain.subjectDigest(salt: salt, userId: record.userId, chatId: record.chatId) != record.subjectDigest {
                problems.append(AuditProblem(.edited, seq: record.seq, "the user or chat id does not match its digest"))
            }
            if record.seq > (highest?.seq ?? 0) { highest = (record.seq, record.hash) }
        }
        return problems
    }

    /// An `audit.pruned` record in the chain that says retention deleted everything up to `seq`.
    private func prunedThrough(_ records: [AuditRecord], seq: Int64, hash: String) -> Bool {
        records.contains { record in
            guard record.kind == AuditKind.auditPruned.rawValue else { return false }
            let details = record.detailValues
            return details["throughSeq"] == String(seq) && details["throughHash"] == hash
        }
    }

    /// Records whose ids were removed must be named by a later `gdpr.erased` record.
    private func erasureProblems(_ records: [AuditRecord]) -> [AuditProblem] {
        var accounted: [Int64: Int64] = [:]  // anonymised seq -> seq of the erasure record naming it
        for record in records where record.kind == AuditKind.gdprErased.rawValue {
            for seq in AuditSeqRanges.parse(record.detailValues["anonymisedSeqs"] ?? "") {
                accounted[seq] = max(accounted[seq] ?? 0, record.seq)
            }
        }
        return records.filter(\.isAnonymised).compactMap { record in
            guard let erasure = accounted[record.seq], erasure > record.seq else {
                return AuditProblem(.unrecordedErasure, seq: record.seq, "the ids were removed without a gdpr.erased record naming this record")
            }
            return nil
        }
    }

    private func checkpointProblems(
        _ records: [AuditRecord], _ checkpoints: [AuditCheckpoint], into result: inout AuditVerification, problems: inout [AuditProblem]
    ) {
        let hashes = Dictionary(records.filter { $0.seq > 0 }.map { ($0.seq, $0.hash) }, uniquingKeysWith: { first, _ in first })
        let firstSeq = result.firstSeq ?? 1
        let lastSeq = result.lastSeq ?? 0
        var unknownKeys: Set<String> = []
        var lastGoodSeq: Int64 = firstSeq - 1
        for checkpoint in checkpoints.sorted(by: { $0.seq < $1.seq }) {
            guard let verifier = trustedKeys.first(where: { $0.keyId == checkpoint.key }) else {
                unknownKeys.insert(checkpoint.key)
                continue
            }
            guard verifier.isGenuine(checkpoint) else {
                problems.append(AuditProblem(.forgedCheckpoint, seq: checkpoint.seq, "a checkpoint line's signature does not verify"))
                continue
            }
            result.checkpointsChecked += 1
            if checkpoint.seq >= (result.lastCheckpointSeq ?? 0) {
                result.lastCheckpointSeq = checkpoint.seq
                result.lastCheckpointTime = max(result.lastCheckpointTime ?? checkpoint.time, checkpoint.time)
            }
            guard checkpoint.seq >= firstSeq else { continue }  // pruned since
            if checkpoint.seq > lastSeq {
                problems.append(AuditProblem(
                    .truncated, seq: lastSeq + 1,
                    "the chain ends at seq \(lastSeq) but a checkpoint signed at \(checkpoint.time.formatted(.iso8601)) covers seq \(checkpoint.seq): records \(range(lastSeq + 1, checkpoint.seq)) were removed"
                ))
            } else if let hash = hashes[checkpoint.seq], hash != checkpoint.hash {
                problems.append(AuditProblem(
                    .rewritten, seq: lastGoodSeq + 1,
                    "seq \(checkpoint.seq) differs from its signed checkpoint: the chain was recomputed after a change in \(range(lastGoodSeq + 1, checkpoint.seq))"
                ))
            } else {
                lastGoodSeq = max(lastGoodSeq, checkpoint.seq)
            }
        }
        if !unknownKeys.isEmpty {
            result.warnings.append("\(unknownKeys.count) checkpoint key(s) not trusted here (\(unknownKeys.sorted().joined(separator: ", "))); their lines were skipped")
        }
        if result.checkpointsChecked == 0 {
            result.warnings.append("no signed checkpoint: records removed from the end of the chain cannot be detected")
        } else if let covered = result.lastCheckpointSeq, lastSeq > covered {
            result.warnings.append("records \(range(covered + 1, lastSeq)) are newer than the last checkpoint: chained, not yet signed")
        }
    }

    private func range(_ from: Int64, _ to: Int64) -> String {
        from >= to ? "\(from)" : "\(from)…\(to)"
    }
}
