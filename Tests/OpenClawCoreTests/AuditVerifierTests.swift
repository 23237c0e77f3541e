import Foundation
import OpenClawCore
import Testing

/// The chain and checkpoint rules on records built in memory; the store's own rows are tampered
/// with in OpenClawStoreTests/AuditChainTests.swift.
@Suite struct AuditVerifierTests {
    static let t0 = Date(timeIntervalSince1970: 1_700_000_000)
    static let key = try! AuditSigningKey(base64: Data(repeating: 7, count: 32).base64EncodedString())

    /// Six chained records about users 1…3, and a signed checkpoint at the head.
    static func chain(count: Int = 6) -> [AuditRecord] {
        var records: [AuditRecord] = []
        for index in 0..<count {
            let event = AuditEvent(
                time: t0.addingTimeInterval(Double(index)), kind: index.isMultiple(of: 2) ? .accessDenied : .pairingCreated,
                userId: Int64(index % 3 + 1), chatId: Int64(index % 3 + 1), details: ["reason": "not_allowed"]
            )
            let details = #"{"reason":"not_allowed"}"#
            records.append(AuditChain.record(for: event, details: details, after: records.last.map { (seq: $0.seq, hash: $0.hash) }))
        }
        return records
    }

    static func checkpoint(_ record: AuditRecord) throws -> AuditCheckpoint {
        try key.checkpoint(seq: record.seq, hash: record.hash, time: record.time.addingTimeInterval(1))
    }

    let verifier = AuditVerifier(trustedKeys: [Self.key.verifier])

    @Test func anUntouchedChainWithItsCheckpointIsIntact() throws {
        let records = Self.chain()
        let result = verifier.verify(records: records, checkpoints: [try Self.checkpoint(records[5])])
        #expect(result.isIntact, "\(result.problems)")
        #expect(result.checkpointsChecked == 1 && result.lastCheckpointSeq == 6 && result.warnings.isEmpty)
    }

    @Test func anEditedDetailIsNamedByItsSequence() throws {
        var records = Self.chain()
        records[2].details = #"{"reason":"allowed"}"#
        let result = verifier.verify(records: records, checkpoints: [try Self.checkpoint(records[5])])
        #expect(result.firstBadSeq == 3 && result.problems.first?.kind == .edited)
    }

    @Test func aChangedUserIdIsAnEdit() {
        var records = Self.chain()
        records[1].userId = 99
        #expect(verifier.verify(records: records, checkpoints: []).problems.map(\.kind) == [.edited])
    }

    @Test func aDeletedRecordIsNamed() {
        var records = Self.chain()
        records.remove(at: 3)
        let result = verifier.verify(records: records, checkpoints: [])
        #expect(result.firstBadSeq == 4 && result.problems.first?.kind == .deleted)
    }

    @Test func swappedRecordsAreReordered() {
        var records = Self.chain()
        records.swapAt(1, 2)
        let result = verifier.verify(records: records, checkpoints: [])
        #expect(result.firstBadSeq == 2 && result.problems.first?.kind == .reordered)
    }

    @Test func recordsCutFromTheEndAreFoundOnlyThroughTheCheckpoint() throws {
        let records = Self.chain()
        let checkpoint = try Self.checkpoint(records[5])
        let truncated = Array(records.prefix(4))
        #expect(verifier.verify(records: truncated, checkpoints: []).isIntact, "a hash chain alone cannot see its end cut off")
        let result = verifier.verify(records: truncated, checkpoints: [checkpoint])
        #expect(result.firstBadSeq == 5 && result.problems.map(\.kind) == [.truncated])
    }

    @Test func aChainRecomputedAfterAnEditDisagreesWithTheCheckpoint() throws {
        let original = Self.chain()
        let early = try Self.checkpoint(original[1])
        let checkpoint = try Self.checkpoint(original[5])
        // The attacker edits record 4 and recomputes every hash after it: the chain is consistent again.
        var rewritten = Array(original.prefix(3))
        for record in original.dropFirst(3) {
            var event = AuditEvent(time: record.time, kind: .pairingCreated, userId: record.userId, chatId: record.chatId)
            if record.seq == 4 { event.kind = .pairingApproved }
            rewritten.append(AuditChain.record(for: event, details: record.details, after: (seq: rewritten.last!.seq, hash: rewritten.last!.hash)))
        }
        #expect(verifier.verify(records: rewritten, checkpoints: []).isIntact)
        let result = verifier.verify(records: rewritten, checkpoints: [early, checkpoint])
        #expect(result.problems.map(\.kind) == [.rewritten])
        #expect(result.firstBadSeq == 3, "the change lies after the last checkpoint that still matches (seq 2)")
    }

    @Test func aCheckpointSignedByAnotherKeyIsNotTrusted() throws {
        let records = Self.chain()
        let stranger = try AuditSigningKey(base64: Data(repeating: 9, count: 32).base64EncodedString())
        let forged = try stranger.checkpoint(seq: 9, hash: records[5].hash, time: Self.t0)
        let result = verifier.verify(records: records, checkpoints: [forged])
        #expect(result.isIntact && result.checkpointsChecked == 0)
        #expect(result.warnings.contains { $0.contains("not trusted") })

        var tampered = try Self.checkpoint(records[5])
        tampered.seq = 9
        #expect(verifier.verify(records: records, checkpoints: [tampered]).problems.map(\.kind) == [.forgedCheckpoint])
        #expect(verifier.verify(records: records, checkpoints: [], unreadableCheckpointLines: 1).problems.map(\.kind) == [.forgedCheckpoint])
    }

    @Test func idsRemovedByAnErasureThatNamesThemVerify() throws {
        var records = Self.chain()
        for index in [0, 3] {  // user 1's records
            records[index].userId = nil
            records[index].chatId = nil
            records[index].subjectSalt = nil
        }
        #expect(verifier.verify(records: records, checkpoints: []).problems.map(\.kind) == [.unrecordedErasure, .unrecordedErasure])
        let details = #"{"anonymisedSeqs":"1,4","requestedBy":"cli"}"#
        records.append(AuditChain.record(
            for: AuditEvent(time: Self.t0.addingTimeInterval(10), kind: .gdprErased), details: details, after: (seq: records[5].seq, hash: records[5].hash)
        ))
        let result = verifier.verify(records: records, checkpoints: [try Self.checkpoint(records[6])])
        #expect(result.isIntact, "\(result.problems)")
    }

    @Test func seqRangesRoundTrip() {
        #expect(AuditSeqRanges.format([9, 1, 2, 3, 7, 2]) == "1-3,7,9")
        #expect(AuditSeqRanges.parse("1-3,7,9") == [1, 2, 3, 7, 9])
        #expect(AuditSeqRanges.parse("5-1,x,1-9999999").isEmpty, "malformed and huge ranges are skipped")
    }

    @Test func checkpointLinesRoundTrip() throws {
        let checkpoint = try Self.checkpoint(Self.chain()[5])
        #expect(AuditCheckpoint.parse(line: Substring(checkpoint.line())) == checkpoint)
        #expect(Self.key.verifier.isGenuine(checkpoint))
        #expect(AuditCheckpoint.parse(line: "not json") == nil)
    }
}
