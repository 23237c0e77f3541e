#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// How long an update id is remembered after its payload is pruned. Telegram keeps updates
    /// for 24 hours and restarts its id sequence at random after a week without updates.
    package static let inboxTombstoneLifetime: TimeInterval = 7 * 86_400

    /// Stores an update; false when this update id was seen before (pending, done or pruned).
    /// `chatKey` names its chat: one chat's updates are taken in order across replicas.
    package func inboxAdd(updateId: Int64, payload: Data, receivedAt: Date, chatKey: String? = nil) async throws -> Bool {
        let stored = try sealedPayload(payload, context: Self.inboxContext(updateId))
        return try await exclusive("inboxAdd") { sql in
            let inserted = try await sql.insert(into: "inbox")
                .columns("update_id", "payload", "received_at", "chat_key")
                .values(SQLBind(updateId), SQLBind(stored), SQLBind(receivedAt.storeMillis), SQLBind(chatKey))
                .ignoringConflicts(with: "update_id")
                .returning("update_id")
                .all()
            return !inserted.isEmpty
        }
    }

    /// Stores one `getUpdates` answer in one statement, so one durable commit (one fsync) covers
    /// the whole batch; returns the ids that were new, in batch order. Nothing is stored when the
    /// statement fails, and the caller must not move its offset past the batch.
    package func inboxAdd(_ updates: [(updateId: Int64, payload: Data, chatKey: String?)], receivedAt: Date) async throws -> [Int64] {
        var seen = Set<Int64>()
        let batch = updates.filter { seen.insert($0.updateId).inserted }
        guard !batch.isEmpty else { return [] }
        let sealed = try batch.map { ($0.updateId, try sealedPayload($0.payload, context: Self.inboxContext($0.updateId)), $0.chatKey) }
        let rows = sealed.map { updateId, stored, chatKey -> SQLQueryString in
            "(\(bind: updateId), \(bind: stored), \(bind: receivedAt.storeMillis), \(bind: chatKey))"
        }
        let inserted = try await exclusive("inboxAdd") { sql in
            try await sql.raw("""
                INSERT INTO inbox (update_id, payload, received_at, chat_key) VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (update_id) DO NOTHING RETURNING update_id
                """).all(decodingColumn: "update_id", as: Int64.self)
        }
        return batch.map(\.updateId).filter(Set(inserted).contains)
    }

    /// Updates not yet marked done and not held by another live replica, lowest id first, with
    /// how many times each was taken up: admission's one read of the inbox.
    package func inboxPendingAttempts(limit: Int) async throws -> [(updateId: Int64, attempts: Int)] {
        try await exclusive("inboxPendingAttempts", synchronous: nil) { sql in
            try await sql.raw("""
                SELECT update_id, attempts FROM inbox WHERE done_at IS NULL AND \(claimable("inbox"))
                ORDER BY update_id LIMIT \(literal: max(0, limit))
                """)
                .all()
                .map { (try $0.decode(column: "update_id", as: Int64.self), try $0.decode(column: "attempts", as: Int.self)) }
        }
    }

    /// Ids of updates not yet marked done and not held by another live replica, lowest first.
    package func inboxPendingIds(limit: Int) async throws -> [Int64] {
        try await exclusive("inboxPendingIds") { sql in
            try await sql.select().column("update_id").from("inbox")
                .where("done_at", .is, SQLLiteral.null)
                .where(claimable("inbox"))
                .orderBy("update_id")
                .limit(max(0, limit))
                .all(decodingColumn: "update_id", as: Int64.self)
        }
    }

    /// These updates (those not yet done), lowest update id first.
    package func inboxItems(_ updateIds: [Int64]) async throws -> [InboxItem] {
        guard !updateIds.isEmpty else { return [] }
        return try await exclusive("inboxItems") { sql in
            try await sql.select().columns("update_id", "payload", "received_at").from("inbox")
                .where("update_id", .in, updateIds)
                .where("done_at", .is, SQLLiteral.null)
                .orderBy("update_id")
                .all()
                .map { row in
                    let updateId = try row.decode(column: "update_id", as: Int64.self)
                    let stored = try row.decode(column: "payload", as: Data?.self) ?? Data()
                    // One row that cannot be opened (a lost storage key) must not hold up the others:
                    // it comes back empty, and the caller sets it aside.
                    return InboxItem(
                        updateId: updateId,
                        payload: (try? openedPayload(stored, context: Self.inboxContext(updateId))) ?? Data(),
                        receivedAt: Date(storeMillis: try row.decode(column: "received_at", as: Int64.self))
                    )
                }
        }
    }

    /// Updates not yet marked done, lowest update id first.
    package func inboxPending(limit: Int) async throws -> [InboxItem] {
        try await exclusive("inboxPending") { sql in
            try await sql.select().columns("update_id", "payload", "received_at").from("inbox")
                .where("done_at", .is, SQLLiteral.null)
                .orderBy("update_id")
                .limit(max(0, limit))
                .all()
                .map { row in
                    let updateId = try row.decode(column: "update_id", as: Int64.self)
                    let stored = try row.decode(column: "payload", as: Data?.self) ?? Data()
                    return InboxItem(
                        updateId: updateId,
                        payload: try openedPayload(stored, context: Self.inboxContext(updateId)),
                        receivedAt: Date(storeMillis: try row.decode(column: "received_at", as: Int64.self))
                    )
                }
        }
    }

    /// Marks an update processed; later calls for the same id keep the first time.
    package func inboxMarkDone(updateId: Int64, at time: Date) async throws {
        try await exclusive("inboxMarkDone") { sql in
            try await sql.update("inbox")
                .set("done_at", to: time.storeMillis)
                .where("update_id", .equal, updateId)
                .where("done_at", .is, SQLLiteral.null)
                .run()
        }
    }

    /// The `offset` for the next `getUpdates`: the highest update id ever stored + 1, nil when none is remembered.
    package func nextPollOffset() async throws -> Int64? {
        try await exclusive("nextPollOffset") { sql in
            let highest = try await sql.select()
                .column(SQLFunction("MAX", args: SQLColumn("update_id")), as: "highest")
                .from("inbox")
                .first(decodingColumn: "highest", as: Int64?.self) ?? nil
            // At Int64.max the same id is asked for again; the inbox ignores it as a duplicate.
            return highest.map { $0 == .max ? $0 : $0 + 1 }
        }
    }

    /// Erases the payloads of updates done before `cutoff` and forgets updates done a week before it.
    ///
    /// Payload-less rows keep deduplicating re-deliveries and keep `nextPollOffset` across restarts.
    @discardableResult
    package func inboxPrune(before cutoff: Date) async throws -> InboxPruneResult {
        let forgetBefore = cutoff.addingTimeInterval(-Self.inboxTombstoneLifetime)
        return try await transaction("inboxPrune") { sql in
            let forgotten = try await sql.delete(from: "inbox")
                .where("done_at", .lessThan, forgetBefore.storeMillis)
                .returning("update_id")
                .all()
            let erased = try await sql.update("inbox")
                .set("payload", to: SQLLiteral.null)
                .where("done_at", .lessThan, cutoff.storeMillis)
                .where("payload", .isNot, SQLLiteral.null)
                .returning("update_id")
                .all()
            return InboxPruneResult(erasedPayloads: erased.count, forgottenRows: forgotten.count)
        }
    }
}

extension OpenClawStore {
    /// Records that these updates are in hand, before any work on them starts, and returns how many
    /// times each has been taken up, this time included: one taken up again after a restart was
    /// in hand when the process died. Durable against a process crash, not a power cut (no fsync):
    /// losing a count costs a crash loop one more turn, never an update.
    ///
    /// With several replicas, only updates this one may take are claimed (and returned): not one
    /// another live replica holds, nor one whose chat has an earlier update held elsewhere.
    package func inboxClaim(_ updateIds: [Int64]) async throws -> [Int64: Int] {
        guard !updateIds.isEmpty else { return [:] }
        return try await bookkeeping("inboxClaim", serialising: replica == nil ? [] : [.inbox]) { sql in
            var attempts: [Int64: Int] = [:]
            var claim: SQLQueryString = "UPDATE inbox SET attempts = attempts + 1"
            if let replica { claim += ", claimed_by = \(bind: replica)" }
            claim += " WHERE update_id IN (\(binds: updateIds)) AND done_at IS NULL"
            if let replica {
                claim += """
                     AND \(claimable("inbox")) AND NOT EXISTS (SELECT 1 FROM inbox AS earlier WHERE earlier.chat_key = inbox.chat_key
                      AND earlier.update_id < inbox.update_id AND earlier.done_at IS NULL AND earlier.claimed_by <> \(bind: replica)
                      AND EXISTS (SELECT 1 FROM leases WHERE leases.name = 'replica:' || earlier.claimed_by AND leases.expires_at >= \(databaseNowMillis)))
                    """
            }
            claim += " RETURNING update_id, attempts"
            for row in try await sql.raw(claim).all() {
                attempts[try row.decode(column: "update_id", as: Int64.self)] = try row.decode(column: "attempts", as: Int.self)
            }
            return attempts
        }
    }

    /// How many times each of these pending updates was taken up and not finished: at start, a
    /// count above zero means it was in hand when the previous process died.
    package func inboxAttempts(_ updateIds: [Int64]) async throws -> [Int64: Int] {
        guard !updateIds.isEmpty else { return [:] }
        return try await exclusive("inboxAttempts") { sql in
            var attempts: [Int64: Int] = [:]
            for row in try await sql.select().columns("update_id", "attempts").from("inbox")
                .where("update_id", .in, updateIds).where("done_at", .is, SQLLiteral.null).all()
            {
                attempts[try row.decode(column: "update_id", as: Int64.self)] = try row.decode(column: "attempts", as: Int.self)
            }
            return attempts
        }
    }

    /// Takes back a claim on updates that were put aside to wait (their conversation is busy):
    /// a process dying while they wait did not die handling them.
    package func inboxRelease(_ updateIds: [Int64]) async throws {
        guard !updateIds.isEmpty else { return }
        try await bookkeeping("inboxRelease") { sql in
            try await sql.update("inbox")
                .set(SQLIdentifier("attempts"), to: greatest(SQLRaw("attempts - 1"), SQLLiteral.numeric("0")))
                .where("update_id", .in, updateIds)
                .where("done_at", .is, SQLLiteral.null)
                .run()
        }
    }
}
