#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// Settings keys marking an alert as raised (`alert:` + the alert's key), so it fires once.
    package static let alertMarkPrefix = "alert:"

    /// The stored value for `key`, or nil.
    package func setting(_ key: String) async throws -> String? {
        try await exclusive("setting", synchronous: nil) { sql in
            try await sql.select().column("value").from("settings")
                .where("key", .equal, key)
                .first(decodingColumn: "value", as: String.self)
        }
    }

    /// Stores `value` under `key`, replacing any earlier value.
    package func setSetting(_ key: String, _ value: String) async throws {
        try await exclusive("setSetting") { sql in
            try await sql.insert(into: "settings")
                .columns("key", "value", "updated_at")
                .values(key, value, Date().storeMillis)
                .onConflict(with: "key") { $0.set(excludedValueOf: "value").set(excludedValueOf: "updated_at") }
                .run()
        }
    }

    /// Stores `value` only if `key` has none; false when one was there (e.g. the owner set by the first approval).
    package func setSettingIfAbsent(_ key: String, _ value: String) async throws -> Bool {
        try await exclusive("setSettingIfAbsent") { sql in
            let inserted = try await sql.insert(into: "settings")
                .columns("key", "value", "updated_at")
                .values(key, value, Date().storeMillis)
                .ignoringConflicts(with: "key")
                .returning("key")
                .all()
            return !inserted.isEmpty
        }
    }
}
