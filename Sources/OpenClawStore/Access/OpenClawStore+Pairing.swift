#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Unexpired, unresolved requests on `channel`, oldest first.
    package func pairingPending(channel: String, now: Date) async throws -> [PairingRequest] {
        try await exclusive("pairingPending") { sql in
            try await Self.pendingPairing(sql, channel: channel, now: now)
                .orderBy("created_at").orderBy("id")
                .all()
                .map { try Self.pairingRecord(from: $0).request }
        }
    }

    /// The user's unexpired, unresolved request on `channel`, if any.
    package func pairingPendingRequest(channel: String, userId: Int64, now: Date) async throws -> PairingRequest? {
        try await exclusive("pairingPendingRequest") { sql in
            try await Self.pendingPairing(sql, channel: channel, now: now)
                .where("user_id", .equal, userId)
                .orderBy("created_at", .descending).orderBy("id", .descending)
                .first()
                .map { try Self.pairingRecord(from: $0).request }
        }
    }

    /// Stores a new pending request. Limits (one per user, `maxPendingPerChannel`) are the caller's policy.
    package func pairingCreate(_ request: PairingRequest) async throws {
        try await exclusive("pairingCreate") { sql in
            try await sql.insert(into: "pairing_requests")
                .columns("channel", "code", "user_id", "username", "created_at", "expires_at")
                .values(
                    request.channel, request.code.rawValue, request.userId, request.username,
                    request.createdAt.storeMillis, request.expiresAt.storeMillis
                )
                .run()
        }
    }

    /// Settles the unexpired pending request with this code; nil when there is none (unknown,
    /// expired, or already settled). The row stays, with its resolution, as history.
    package func pairingResolve(
        channel: String,
        code: PairingCode,
        resolution: PairingResolution,
        at time: Date
    ) async throws -> PairingRequest? {
        try await exclusive("pairingResolve") { sql in
            // One statement, so two operators approving at once cannot both succeed.
            try await sql.update("pairing_requests")
                .set("resolution", to: resolution.rawValue)
                .set("resolved_at", to: time.storeMillis)
                .where("channel", .equal, channel)
                .where("code", .equal, code.rawValue)
                .where("resolution", .is, SQLLiteral.null)
                .where("expires_at", .greaterThan, time.storeMillis)
                .returning(SQLLiteral.all)
                .all()
                .first
                .map { try Self.pairingRecord(from: $0).request }
        }
    }

    /// Every request the user ever made, on any channel, oldest first.
    package func pairingHistory(userId: Int64) async throws -> [PairingRecord] {
        try await exclusive("pairingHistory") { sql in
            try await sql.select().column(SQLLiteral.all).from("pairing_requests")
                .where("user_id", .equal, userId)
                .orderBy("created_at").orderBy("id")
                .all()
                .map(Self.pairingRecord(from:))
        }
    }

    private static func pendingPairing(_ sql: any SQLDatabase, channel: String, now: Date) -> SQLSelectBuilder {
        sql.select().column(SQLLiteral.all).from("pairing_requests")
            .where("channel", .equal, channel)
            .where("resolution", .is, SQLLiteral.null)
            .where("expires_at", .greaterThan, now.storeMillis)
    }

    private static func pairingRecord(from row: any SQLRow) throws -> PairingRecord {
        let codeText = try row.decode(column: "code", as: String.self)
        guard let code = PairingCode(codeText) else {
            throw StoreError(code: .queryFailed, message: "pairing_requests holds a malformed code")
        }
        var request = PairingRequest(
            channel: try row.decode(column: "channel", as: String.self),
            code: code,
            userId: try row.decode(column: "user_id", as: Int64.self),
            username: try row.decode(column: "username", as: String?.self),
            createdAt: Date(storeMillis: try row.decode(column: "created_at", as: Int64.self))
        )
        request.expiresAt = Date(storeMillis: try row.decode(column: "expires_at", as: Int64.self))
        let resolution = try row.decode(column: "resolution", as: String?.self)
        return PairingRecord(
            request: request,
            resolution: resolution.flatMap(PairingResolution.init(rawValue:)),
            resolvedAt: try row.decode(column: "resolved_at", as: Int64?.self).map(Date.init(storeMillis:))
        )
    }
}

extension OpenClawStore {
    /// What `pairingRequestIfRoom` did.
    package enum PairingAdmission: Sendable, Equatable {
        case created
        /// The user already has an unexpired request.
        case alreadyPending
        /// `maxPending` requests are pending on the channel.
        case capacity
    }

    /// Stores `request` unless its user already has one pending or the channel has `maxPending`,
    /// checked and written in one transaction: concurrent strangers (or gateways) cannot pass the cap.
    package func pairingRequestIfRoom(_ request: PairingRequest, maxPending: Int) async throws -> PairingAdmission {
        try await transaction("pairingRequestIfRoom", serialising: [.pairing]) { sql in
            let pending = try await Self.pendingPairing(sql, channel: request.channel, now: request.createdAt).all()
                .map { try Self.pairingRecord(from: $0).request }
            if pending.contains(where: { $0.userId == request.userId }) { return .alreadyPending }
            guard pending.count < maxPending else { return .capacity }
            try await sql.insert(into: "pairing_requests")
                .columns("channel", "code", "user_id", "username", "created_at", "expires_at")
                .values(
                    request.channel, request.code.rawValue, request.userId, request.username,
                    request.createdAt.storeMillis, request.expiresAt.storeMillis
                )
                .run()
            return .created
        }
    }
}
