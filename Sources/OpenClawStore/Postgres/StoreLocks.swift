import SQLKit

/// PostgreSQL advisory-lock keys for a store: one 64-bit key per name, scoped to the store's
/// schema so that stores in different schemas of one database never contend, and a process's
/// locks never stand for another deployment's.
struct StoreLocks: Sendable {
    let scope: String

    /// The key of `name` in this store (FNV-1a of the scope and the name).
    func key(_ name: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ("openclaw:" + scope + ":" + name).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    func key(_ lock: StoreLock) -> Int64 { key(lock.rawValue) }

    /// Takes `locks` until the transaction ends, always in the same order, so two transactions
    /// naming several cannot deadlock on them. Waits up to 30 s: the holders are short
    /// transactions, but under load many may queue for one lock, each counting against a wait
    /// bound meant for one (the session's `lock_timeout`, 5 s, still bounds every other lock).
    func takeForTransaction(_ locks: [StoreLock], _ sql: any SQLDatabase) async throws {
        guard !locks.isEmpty else { return }
        try await sql.raw("SET LOCAL lock_timeout = '30s'").run()
        for lock in StoreLock.allCases where locks.contains(lock) {
            try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: key(lock)))").run()
        }
        try await sql.raw("SET LOCAL lock_timeout = \(literal: "\(OpenClawStore.busyTimeoutMilliseconds)ms")").run()
    }
}

extension StoreLocks {
    /// Takes `lock` for the session (the connection) until `unlockSession`, waiting up to
    /// `seconds` (longer than the session's `lock_timeout`: another process may hold it through a
    /// whole migration pass), then puts the session's timeout back.
    func lockSession(_ lock: StoreLock, waitingUpTo seconds: Int, _ sql: any SQLDatabase) async throws {
        try await sql.raw("SET lock_timeout = \(literal: "\(seconds)s")").run()
        do {
            try await sql.raw("SELECT pg_advisory_lock(\(bind: key(lock)))").run()
        } catch {
            try? await sql.raw("RESET lock_timeout").run()
            throw error
        }
        try await sql.raw("RESET lock_timeout").run()
    }

    func unlockSession(_ lock: StoreLock, _ sql: any SQLDatabase) async throws {
        try await sql.raw("SELECT pg_advisory_unlock(\(bind: key(lock)))").run()
    }
}
