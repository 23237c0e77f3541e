#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// What the owner setting holds once its owner was revoked or erased: a tombstone, so the
    /// next pairing approval does not silently make a stranger the owner.
    package static let revokedOwnerValue = "revoked"

    /// The owner recorded by the first pairing approval; nil when none was, or it was revoked.
    package func storedOwner() async throws -> Int64? {
        try await setting(Self.ownerSettingKey).flatMap { Int64($0) }
    }

    /// Takes every stored grant from `userId` on `channel` in one transaction: the DM grants and,
    /// when they hold it, the owner role recorded by the first approval.
    package func revokeUser(channel: String, userId: Int64) async throws -> StoredRevocation {
        try await transaction("revokeUser") { sql in
            let grants = try await sql.delete(from: "allow_entries")
                .where("channel", .equal, channel)
                .where("user_id", .equal, userId)
                .returning("user_id").all().count
            let owner = try await Self.revokeOwner(sql, userId: userId)
            return StoredRevocation(accessEntries: grants, ownerRole: owner)
        }
    }

    /// Replaces the stored owner with the tombstone when it is `userId`; true when it was.
    static func revokeOwner(_ sql: any SQLDatabase, userId: Int64) async throws -> Bool {
        try await sql.update("settings")
            .set("value", to: Self.revokedOwnerValue)
            .set("updated_at", to: Date().storeMillis)
            .where("key", .equal, Self.ownerSettingKey)
            .where("value", .equal, String(userId))
            .returning("key").all().count > 0
    }
}
