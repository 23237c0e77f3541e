#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import Logging
package import OpenClawCore
import OpenClawFiles
package import OpenClawStore

/// GDPR duties for one Telegram user, shared by `openclaw gdpr` and the `/forgetme` command:
/// export everything stored about them, or erase it and audit the erasure.
package struct PrivacyAdmin: Sendable {
    package let store: OpenClawStore
    package let now: @Sendable () -> Date

    package init(store: OpenClawStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// Opens the store with the storage key (message text is sealed), runs `body`, closes it.
    package static func withStore<T: Sendable>(
        config: OpenClawConfig,
        environment: [String: String],
        logger: Logger,
        _ body: (PrivacyAdmin) async throws -> T
    ) async throws -> T {
        let reader = SecretReader(directory: config.secrets.dir, environment: environment)
        let keyring = try SealingKeyring.load(config, reader: reader)
        return try await OpenClawStore.withOpen(try StoreLocation.configured(config, reader: reader), logger: logger, keyring: keyring) { store in
            try await body(PrivacyAdmin(store: store))
        }
    }

    package func export(userId: Int64) async throws -> UserDataExport {
        try await store.exportUser(userId, at: now())
    }

    /// Erases the user's data; the store audits it (how much, and who asked, but not whom).
    package func erase(userId: Int64, requestedBy: String) async throws -> UserErasure {
        try await store.eraseUser(userId, requestedBy: requestedBy, at: now())
    }
}
