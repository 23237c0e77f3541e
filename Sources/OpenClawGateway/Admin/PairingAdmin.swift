#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore
package import Logging
import OpenClawFiles
package import OpenClawStore

/// The operator's side of pairing, shared by the CLI and the demo. The running gateway reads
/// grants from the same store for every message, so an approval takes effect at once.
package struct PairingAdmin: Sendable {
    static let ownerSettingKey = OpenClawStore.ownerSettingKey
    package static let channel = "telegram"

    package let store: OpenClawStore
    /// `commands.ownerAllowFrom`.
    package let configuredOwners: Set<Int64>
    /// `channels.telegram.allowFrom`.
    package let configuredAllowFrom: AllowList
    package let now: @Sendable () -> Date

    package init(
        store: OpenClawStore, configuredOwners: Set<Int64>, configuredAllowFrom: AllowList = .empty,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.configuredOwners = configuredOwners
        self.configuredAllowFrom = configuredAllowFrom
        self.now = now
    }

    /// Opens the store in its own connection (as a CLI process does), runs `body`, closes it.
    /// `environment` serves secrets kept in environment variables (the PostgreSQL URL may be one).
    package static func withStore<T: Sendable>(
        config: OpenClawConfig,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger,
        _ body: (PairingAdmin) async throws -> T
    ) async throws -> T {
        let location = try StoreLocation.configured(config, reader: SecretReader(directory: config.secrets.dir, environment: environment))
        return try await OpenClawStore.withOpen(location, logger: logger) { store in
            try await body(
                PairingAdmin(store: store, configuredOwners: config.commands.ownerAllowFrom, configuredAllowFrom: config.telegram.allowFrom)
            )
        }
    }

    package func pending() async throws -> [PairingRequest] {
        try await store.pairingPending(channel: Self.channel, now: now())
    }

    package struct Approval: Sendable {
        package var request: PairingRequest
        /// True when this approval made the user the owner (none was configured or recorded).
        package var becameOwner: Bool
    }

    /// Approves a pending, unexpired code; nil when there is no such code.
    package func approve(code: PairingCode) async throws -> Approval? {
        guard let request = try await store.pairingResolve(channel: Self.channel, code: code, resolution: .approved, at: now()) else {
            return nil
        }
        _ = try await store.allowAdd(AllowEntry(channel: Self.channel, userId: request.userId, addedAt: now(), source: "pairing"))
        let becameOwner = configuredOwners.isEmpty
            ? try await store.setSettingIfAbsent(Self.ownerSettingKey, String(request.userId)) : false
        _ = try await store.appendAudit(
            AuditEvent(time: now(), kind: .pairingApproved, userId: request.userId, details: ["owner": String(becameOwner)])
        )
        return Approval(request: request, becameOwner: becameOwner)
    }

    package func deny(code: PairingCode) async throws -> PairingRequest? {
        guard let request = try await store.pairingResolve(channel: Self.channel, code: code, resolution: .denied, at: now()) else {
            return nil
        }
        _ = try await store.appendAudit(AuditEvent(time: now(), kind: .pairingDenied, userId: request.userId))
        return request
    }

    package func allowList() async throws -> [AllowEntry] {
        try await store.allowList(channel: Self.channel)
    }

    package func allow(userId: Int64) async throws -> Bool {
        let added = try await store.allowAdd(AllowEntry(channel: Self.channel, userId: userId, addedAt: now(), source: "cli"))
        if added {
            _ = try await store.appendAudit(AuditEvent(time: now(), kind: .allowlistAdded, userId: userId))
        }
        return added
    }

    /// Takes every stored grant from the user (DM grants and the stored owner role), effective for
    /// their next message in a running gateway. Grants written in the config stay: the result names
    /// the keys to edit.
    package func remove(userId: Int64) async throws -> Revocation {
        let stored = try await store.revokeUser(channel: Self.channel, userId: userId)
        if !stored.isEmpty {
            _ = try await store.appendAudit(
                AuditEvent(
                    time: now(), kind: .allowlistRemoved, userId: userId,
                    details: ["accessEntries": String(stored.accessEntries), "owner": String(stored.ownerRole)]
                )
            )
        }
        return Revocation(stored: stored, configKeys: configKeys(granting: userId))
    }

    /// Every grant in force, from the config and from the store, owners included.
    package func grants() async throws -> [AccessGrant] {
        var grants: [AccessGrant] = []
        for id in configuredAllowFrom.ids.sorted() {
            grants.append(AccessGrant(userId: id, role: .directMessages, origin: .config(keyPath: Self.allowFromKey)))
        }
        for id in configuredOwners.sorted() {
            grants.append(AccessGrant(userId: id, role: .owner, origin: .config(keyPath: Self.ownersKey)))
        }
        for entry in try await store.allowList(channel: Self.channel) {
            grants.append(AccessGrant(userId: entry.userId, role: .directMessages, origin: .store(source: entry.source, since: entry.addedAt)))
        }
        if let owner = try await store.storedOwner() {
            grants.append(AccessGrant(userId: owner, role: .owner, origin: .store(source: "first pairing approval", since: nil)))
        }
        return grants
    }

    static let allowFromKey = "channels.telegram.allowFrom"
    static let ownersKey = "commands.ownerAllowFrom"

    private func configKeys(granting userId: Int64) -> [String] {
        var keys: [String] = []
        if configuredAllowFrom.ids.contains(userId) { keys.append(Self.allowFromKey) }
        if configuredOwners.contains(userId) { keys.append(Self.ownersKey) }
        return keys
    }
}
