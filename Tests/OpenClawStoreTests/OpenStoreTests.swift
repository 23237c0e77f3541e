#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SQLKit
import Testing
@testable import OpenClawStore

@Suite struct OpenStoreTests {
    private func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }

    @Test func createsPrivateDirectoryAndFile() async throws {
        let temp = TempDirectory()
        let directory = temp.path + "/nested/state"
        var path = ""
        var walMode: mode_t?
        try await withStore(in: directory) { store async throws in
            path = store.location
            try await store.setSetting("k", "v")
            walMode = mode(of: path + "-wal")
        }
        #expect(walMode == 0o600)
        #expect(mode(of: directory) == 0o700)
        #expect(mode(of: path) == 0o600)
        #expect(path == directory + "/openclaw.sqlite")
    }

    @Test func tightensAnExistingDatabaseFile() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { _ in }
        let path = temp.path + "/openclaw.sqlite"
        #expect(chmod(path, 0o644) == 0)
        try await withStore(in: temp.path) { _ in }
        #expect(mode(of: path) == 0o600)
    }

    @Test func refusesADirectoryThatCannotBeCreated() async throws {
        let temp = TempDirectory()
        #expect(mkdir(temp.path, 0o700) == 0)
        let blocker = temp.path + "/file"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        let error = await #expect(throws: StoreError.self) {
            try await OpenClawStore.open(directory: blocker + "/state", logger: testLogger)
        }
        #expect(error?.code == .directoryUnavailable)
        #expect(error?.message.contains(blocker + "/state") == true)
    }

    @Test func appliesPragmas() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { store async throws in
            let (journal, foreignKeys, timeout) = try await store.exclusive("test") { sql in
                (
                    try await sql.raw("PRAGMA journal_mode").first(decodingColumn: "journal_mode", as: String.self),
                    try await sql.raw("PRAGMA foreign_keys").first(decodingColumn: "foreign_keys", as: Int.self),
                    try await sql.raw("PRAGMA busy_timeout").first(decodingColumn: "timeout", as: Int.self)
                )
            }
            #expect(journal == "wal")
            #expect(foreignKeys == 1)
            #expect(timeout == 5000)
        }
    }

    @Test func postgresSessionsWaitForLocksAsLongAsSQLiteAndUseTheirSchema() async throws {
        try await withTestPlace(.postgres) { temp in
            try await withStore(in: temp) { store async throws in
                let (timeout, schema) = try await store.exclusive("test") { sql in
                    (
                        try await sql.raw("SHOW lock_timeout").first(decodingColumn: "lock_timeout", as: String.self),
                        try await sql.raw("SELECT current_schema() AS s").first(decodingColumn: "s", as: String.self)
                    )
                }
                #expect(timeout == "5s")
                #expect(schema == temp.schema)
            }
        }
    }

    @Test(arguments: Backend.allCases) func migrationsAreAppliedOnceAcrossReopen(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            var first: [AppliedMigration] = []
            try await withStore(in: temp) { first = try await $0.appliedMigrations() }
            #expect(first.map(\.version) == Migrations.all.map(\.version))
            var second: [AppliedMigration] = []
            try await withStore(in: temp) { second = try await $0.appliedMigrations() }
            #expect(second == first)
        }
    }

    @Test func migrationsAreNumberedWithoutGaps() {
        #expect(Migrations.all.map(\.version) == Array(1...Migrations.all.count))
    }

    @Test(arguments: Backend.allCases) func refusesASchemaFromANewerBuild(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await store.exclusive("test") { sql in
                    try await sql.insert(into: "schema_migrations").columns("version", "applied_at").values(999, 0).run()
                }
            }
            let error = await #expect(throws: StoreError.self) {
                try await OpenClawStore.open(temp.location, logger: testLogger)
            }
            #expect(error?.code == .schemaTooNew)
        }
    }

    @Test(arguments: Backend.allCases) func pingAnswersUntilClosed(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let store = try await OpenClawStore.open(temp.location, logger: testLogger)
            #expect(await store.ping())
            try await store.close()
            #expect(await store.ping() == false)
            let error = await #expect(throws: StoreError.self) { try await store.setting("x") }
            #expect(error?.code == .closed)
        }
    }

    /// Replicas start together: each migration is applied once, and none of them fails. (PostgreSQL
    /// only: on SQLite one gateway opens the file, and four first opens at once can meet SQLite's
    /// busy answer while one of them switches the new file to WAL.)
    @Test func storesOpenedTogetherMigrateOnce() async throws {
        try await withTestPlace(.postgres) { temp in
            let location = temp.location
            // Every open is awaited and every store closed, even when one open fails.
            let opened = await withTaskGroup(of: Result<OpenClawStore, any Error>.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        do { return .success(try await OpenClawStore.open(location, logger: testLogger)) } catch { return .failure(error) }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let stores = opened.compactMap { try? $0.get() }
            for result in opened { if case .failure(let error) = result { Issue.record(error) } }
            if let first = stores.first { #expect(try await first.appliedMigrations().map(\.version) == Migrations.all.map(\.version)) }
            for store in stores { try await store.close() }
        }
    }
}
