package import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Decides one message against the shared rate-limit state of `keys`, in one short
    /// transaction: the keys' rows are created if missing and locked (one statement, always in the
    /// same key order, so two deciders cannot deadlock), `decide` gets their states and the
    /// database's clock (nanoseconds since 1970, so replicas whose clocks differ agree), and what it
    /// changed is written back. Two replicas deciding for the same key at once run one after the
    /// other, so together they grant one allowance.
    package func decideRateLimits(
        _ keys: [LimitKey],
        decide: @Sendable (_ stored: [LimitKey: StoredRate], _ now: Int64) -> StoredRateDecision
    ) async throws -> RateDecision {
        let ordered = Set(keys).sorted { ($0.scope.rawValue, $0.id) < ($1.scope.rawValue, $1.id) }
        guard !ordered.isEmpty else { return decide([:], 0).decision }
        return try await transaction("decideRateLimits", durable: false) { sql in
            let rows = try await sql.raw("""
                INSERT INTO rate_limits (scope, subject, tat, notice_tat, allowance) VALUES \(SQLList(ordered.map { key in
                    SQLGroupExpression([SQLBind(key.scope.rawValue), SQLBind(key.id), SQLLiteral.numeric("0"), SQLLiteral.numeric("0"), SQLLiteral.numeric("0")])
                }))
                ON CONFLICT (scope, subject) DO UPDATE SET tat = rate_limits.tat
                RETURNING scope, subject, tat, notice_tat, allowance, \(databaseNowNanos) AS now
                """).all()
            var stored: [LimitKey: StoredRate] = [:]
            var now: Int64 = 0
            for row in rows {
                guard let scope = LimitScope(rawValue: try row.decode(column: "scope", as: String.self)) else { continue }
                let key = LimitKey(scope: scope, id: try row.decode(column: "subject", as: Int64.self))
                stored[key] = StoredRate(
                    tat: try row.decode(column: "tat", as: Int64.self), noticeTAT: try row.decode(column: "notice_tat", as: Int64.self),
                    allowance: try row.decode(column: "allowance", as: Int64.self)
                )
                now = try row.decode(column: "now", as: Int64.self)
            }
            let decided = decide(stored, now)
            for (key, state) in decided.changed {
                try await sql.update("rate_limits")
                    .set("tat", to: state.tat)
                    .set("notice_tat", to: state.noticeTAT)
                    .set("allowance", to: state.allowance)
                    .where("scope", .equal, key.scope.rawValue)
                    .where("subject", .equal, key.id)
                    .run()
            }
            return decided.decision
        }
    }

    /// Takes new rules (a configuration reload): each row written under another rule is rescaled
    /// now (`StoredRate.under`), so time spent until the next message counts under the new rule, as
    /// the in-memory limiter's `update` does. A replica reloading after another finds nothing left to do.
    package func rescaleRateLimits(to rules: [LimitScope: RateRule]) async throws {
        try await transaction("rescaleRateLimits", durable: false) { sql in
            for (scope, rule) in rules.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let rows = try await sql.raw("""
                    SELECT subject, tat, notice_tat, allowance, \(databaseNowNanos) AS now FROM rate_limits
                    WHERE scope = \(bind: scope.rawValue) AND allowance <> \(bind: rule.allowance)\(SQLRaw(backend == .postgres ? " FOR UPDATE" : ""))
                    """).all()
                for row in rows {
                    let stored = StoredRate(
                        tat: try row.decode(column: "tat", as: Int64.self), noticeTAT: try row.decode(column: "notice_tat", as: Int64.self),
                        allowance: try row.decode(column: "allowance", as: Int64.self)
                    )
                    let state = stored.under(rule, now: try row.decode(column: "now", as: Int64.self))
                    try await sql.update("rate_limits")
                        .set("tat", to: state.tat).set("notice_tat", to: state.noticeTAT).set("allowance", to: state.allowance)
                        .where("scope", .equal, scope.rawValue).where("subject", .equal, try row.decode(column: "subject", as: Int64.self))
                        .run()
                }
            }
        }
    }

    /// Deletes idle rate-limit rows (both times passed): they decide exactly as absent ones do.
    @discardableResult
    package func pruneRateLimits() async throws -> Int {
        try await exclusive("pruneRateLimits") { sql in
            try await sql.raw("""
                DELETE FROM rate_limits WHERE tat <= \(databaseNowNanos) AND notice_tat <= \(databaseNowNanos) RETURNING subject
                """).all().count
        }
    }

    /// The number of rate-limit rows (for tests and status).
    package func rateLimitRowCount() async throws -> Int {
        try await exclusive("rateLimitRowCount") { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM rate_limits").first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    /// The database's clock in nanoseconds since 1970 (microsecond resolution on PostgreSQL,
    /// millisecond on SQLite), the same for every row of one statement.
    var databaseNowNanos: SQLRaw {
        switch backend {
        case .sqlite: SQLRaw("(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000000)")
        case .postgres: SQLRaw("(CAST(EXTRACT(EPOCH FROM statement_timestamp()) * 1000000 AS BIGINT) * 1000)")
        }
    }
}
