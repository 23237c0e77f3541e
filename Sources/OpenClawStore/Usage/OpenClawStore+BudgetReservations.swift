#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// What `reserveBudget` found and decided.
    package struct BudgetReservation: Sendable {
        /// Spend recorded in the ledger plus reservations of calls still in flight.
        package var committed: BudgetSpend
        /// The reservation made, nil when `decide` refused.
        package var id: Int64?
        /// The stored size of the session's recent turns, as `decide` got it.
        package var historyBytes: Int
    }

    /// Reads the spend of the periods around `now` (ledger plus unexpired reservations) and, when
    /// `decide` returns an amount, reserves it, all in one write transaction: calls decided at the
    /// same time (in this process or another on the same file) see each other's reservations, so
    /// together they cannot pass a cap.
    ///
    /// `decide` also gets the stored size in bytes of the session's last `historyLimit` turns (as
    /// stored, so an upper bound of their text), for a worst-case estimate of the prompt.
    ///
    /// The commit is atomic but not fsync'd: a reservation only matters while its call is in
    /// flight, and a power cut ends every call in flight. The completion's durable commit, which
    /// deletes the reservation and writes the usage row, makes everything before it durable too.
    package func reserveBudget(
        userId: Int64, session: SessionKey, historyLimit: Int, now: Date, expiresAt: Date,
        decide: @Sendable (_ committed: BudgetSpend, _ historyBytes: Int) -> Double?
    ) async throws -> BudgetReservation {
        let period = UTCPeriod(containing: now)
        return try await transaction("reserveBudget", durable: false, serialising: [.budget]) { sql in
            // One statement, so one snapshot: on PostgreSQL each statement of a transaction sees
            // what committed before it began, and a call settled between two reads (its reservation
            // deleted, its usage written) would be counted in neither. Each aggregate yields one row.
            let spend = try await sql.raw("""
                SELECT recent.bytes, ledger.*, reserved.* FROM (
                  SELECT COALESCE(SUM(\(contentLength)), 0) AS bytes FROM (
                    SELECT content FROM messages WHERE session_key = \(bind: session.rawValue)
                    ORDER BY id DESC LIMIT \(literal: max(0, historyLimit))
                  ) AS turns
                ) AS recent CROSS JOIN (
                  SELECT
                    COALESCE(SUM(CASE WHEN user_id = \(bind: userId) AND time >= \(bind: period.dayStart.storeMillis) THEN cost_usd END), 0) AS user_day,
                    COALESCE(SUM(CASE WHEN user_id = \(bind: userId) THEN cost_usd END), 0) AS user_month,
                    COALESCE(SUM(CASE WHEN time >= \(bind: period.dayStart.storeMillis) THEN cost_usd END), 0) AS global_day,
                    COALESCE(SUM(cost_usd), 0) AS global_month
                  FROM usage_records WHERE time >= \(bind: period.monthStart.storeMillis)
                ) AS ledger CROSS JOIN (
                  SELECT
                    COALESCE(SUM(CASE WHEN user_id = \(bind: userId) THEN cost_usd END), 0) AS user_reserved,
                    COALESCE(SUM(cost_usd), 0) AS all_reserved
                  FROM budget_reservations WHERE expires_at > \(bind: now.storeMillis)
                ) AS reserved
                """).first()
            let history = try spend?.decode(column: "bytes", as: Int.self) ?? 0
            let userReserved = try spend?.decode(column: "user_reserved", as: Double.self) ?? 0
            let allReserved = try spend?.decode(column: "all_reserved", as: Double.self) ?? 0
            let committed = BudgetSpend(
                userDay: (try spend?.decode(column: "user_day", as: Double.self) ?? 0) + userReserved,
                userMonth: (try spend?.decode(column: "user_month", as: Double.self) ?? 0) + userReserved,
                globalDay: (try spend?.decode(column: "global_day", as: Double.self) ?? 0) + allReserved,
                globalMonth: (try spend?.decode(column: "global_month", as: Double.self) ?? 0) + allReserved
            )
            guard let amount = decide(committed, history) else { return BudgetReservation(committed: committed, id: nil, historyBytes: history) }
            let id = try await sql.raw("""
                INSERT INTO budget_reservations (user_id, cost_usd, created_at, expires_at)
                VALUES (\(bind: userId), \(bind: max(0, amount)), \(bind: now.storeMillis), \(bind: expiresAt.storeMillis)) RETURNING id
                """).first(decodingColumn: "id", as: Int64.self)
            return BudgetReservation(committed: committed, id: id, historyBytes: history)
        }
    }

    /// Gives a reservation back (the call failed or was not made).
    package func releaseBudget(reservationId: Int64) async throws {
        try await exclusive("releaseBudget") { sql in
            try await sql.delete(from: "budget_reservations").where("id", .equal, reservationId).run()
        }
    }

    /// Deletes reservations that expired (left by a process that died mid-call).
    package func pruneExpiredReservations(before time: Date) async throws {
        try await exclusive("pruneExpiredReservations") { sql in
            try await sql.delete(from: "budget_reservations").where("expires_at", .lessThanOrEqual, time.storeMillis).run()
        }
    }
}
