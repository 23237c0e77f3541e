#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Appends one model call to the usage ledger.
    package func recordUsage(_ record: UsageRecord) async throws {
        try await exclusive("recordUsage") { sql in
            try await Self.insertUsage(sql, record)
        }
    }

    static func insertUsage(_ sql: any SQLDatabase, _ record: UsageRecord) async throws {
        try await sql.raw("""
            INSERT INTO usage_records (time, user_id, chat_id, provider, model, input_tokens, output_tokens,
              cache_read_tokens, cache_write_tokens, estimated, cost_usd)
            VALUES (\(bind: record.time.storeMillis), \(bind: record.userId), \(bind: record.chatId), \(bind: record.provider),
              \(bind: record.model), \(bind: record.tokens.input), \(bind: record.tokens.output), \(bind: record.tokens.cacheRead),
              \(bind: record.tokens.cacheWrite), \(bind: record.tokens.estimated), \(bind: record.costUsd))
            """).run()
    }

    /// Totals of calls at or after `since`, for one user or (nil) everyone.
    package func usageTotals(since: Date, userId: Int64?) async throws -> UsageTotals {
        try await exclusive("usageTotals") { sql in
            // PostgreSQL sums integers as NUMERIC: cast back, so both databases return BIGINT.
            func sum(_ column: String) -> any SQLExpression {
                SQLFunction("COALESCE", args: SQLFunction("SUM", args: SQLColumn(column)), SQLLiteral.numeric("0"))
            }
            func sumOfIntegers(_ column: String) -> any SQLExpression {
                SQLRaw("CAST(COALESCE(SUM(\(column)), 0) AS BIGINT)")
            }
            var query = sql.select()
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "calls")
                .column(sumOfIntegers("input_tokens"), as: "input")
                .column(sumOfIntegers("output_tokens"), as: "output")
                .column(sumOfIntegers("cache_read_tokens"), as: "cache_read")
                .column(sumOfIntegers("cache_write_tokens"), as: "cache_write")
                .column(sum("cost_usd"), as: "cost")
                .from("usage_records")
                .where("time", .greaterThanOrEqual, since.storeMillis)
            if let userId {
                query = query.where("user_id", .equal, userId)
            }
            guard let row = try await query.first() else {
                return UsageTotals(calls: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0)
            }
            return UsageTotals(
                calls: try row.decode(column: "calls", as: Int.self),
                inputTokens: try row.decode(column: "input", as: Int.self),
                outputTokens: try row.decode(column: "output", as: Int.self),
                cacheReadTokens: try row.decode(column: "cache_read", as: Int.self),
                cacheWriteTokens: try row.decode(column: "cache_write", as: Int.self),
                costUsd: try row.decode(column: "cost", as: Double.self)
            )
        }
    }
}

extension OpenClawStore {
    /// Ledger lines at or after `since` (and before `until`), for one user or (nil) everyone, oldest first.
    package func usageRecords(since: Date, until: Date? = nil, userId: Int64?) async throws -> [UsageRecord] {
        try await exclusive("usageRecords") { sql in
            var query = sql.select()
                .columns(
                    "time", "user_id", "chat_id", "provider", "model", "input_tokens", "output_tokens",
                    "cache_read_tokens", "cache_write_tokens", "estimated", "cost_usd"
                )
                .from("usage_records")
                .where("time", .greaterThanOrEqual, since.storeMillis)
            if let until {
                query = query.where("time", .lessThan, until.storeMillis)
            }
            if let userId {
                query = query.where("user_id", .equal, userId)
            }
            return try await query.orderBy("time").all().map { row in
                UsageRecord(
                    time: Date(storeMillis: try row.decode(column: "time", as: Int64.self)),
                    userId: try row.decode(column: "user_id", as: Int64?.self),
                    chatId: try row.decode(column: "chat_id", as: Int64.self),
                    provider: try row.decode(column: "provider", as: String.self),
                    model: try row.decode(column: "model", as: String.self),
                    tokens: TokenUsage(
                        input: try row.decode(column: "input_tokens", as: Int.self),
                        output: try row.decode(column: "output_tokens", as: Int.self),
                        cacheRead: try row.decode(column: "cache_read_tokens", as: Int.self),
                        cacheWrite: try row.decode(column: "cache_write_tokens", as: Int.self),
                        estimated: try row.decode(column: "estimated", as: Bool.self)
                    ),
                    costUsd: try row.decode(column: "cost_usd", as: Double.self)
                )
            }
        }
    }
}
