#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawStore
import SQLKit
import Synchronization
import Testing

/// A fresh private temp directory per test, removed afterwards.
struct TempDirectory: ~Copyable {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.path + "/openclaw-store-\(UUID().uuidString)"
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The databases the store's tests run on: SQLite always, PostgreSQL when
/// `OPENCLAW_TEST_POSTGRES_URL` reaches a server. Without the variable the PostgreSQL cases are
/// skipped with the reason; with it (`.ci/run` sets it) or in CI, an unreachable server fails them.
enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    var description: String { rawValue }
}

/// Where one test keeps its store: a private temp directory, and on PostgreSQL a schema of its
/// own in the test database. `withTestPlace` removes both when the test ends; the first place made
/// in a run also drops the schemas a killed run left.
struct TestPlace: Sendable {
    let backend: Backend
    let path: String
    let schema: String?

    fileprivate init(_ backend: Backend) async throws {
        self.backend = backend
        path = FileManager.default.temporaryDirectory.path + "/openclaw-store-\(UUID().uuidString)"
        guard backend == .postgres else {
            schema = nil
            return
        }
        if let reason = PostgresSandbox.unavailableReason {
            let environment = ProcessInfo.processInfo.environment
            if environment["CI"] != nil || environment[PostgresSandbox.urlVariable] != nil { throw PostgresRequired(reason: reason) }
            try Test.cancel("PostgreSQL: \(reason)")
        }
        if Self.swept.withLock({ swept in defer { swept = true }; return !swept }) {
            try? await PostgresSandbox.dropStaleSchemas()
        }
        schema = PostgresSandbox.newSchema()
    }

    var location: StoreLocation {
        guard let schema, let location = PostgresSandbox.location(schema: schema) else { return .sqlite(directory: path) }
        return .postgres(location)
    }

    fileprivate func remove() async {
        try? FileManager.default.removeItem(atPath: path)
        if let schema { try? await PostgresSandbox.drop(schema: schema) }
    }

    private static let swept = Mutex(false)
}

/// A place for the length of `body`, removed however `body` ends.
func withTestPlace<T>(_ backend: Backend, _ body: (TestPlace) async throws -> T) async throws -> T {
    let place = try await TestPlace(backend)
    do {
        let result = try await body(place)
        await place.remove()
        return result
    } catch {
        await place.remove()
        throw error
    }
}

struct PostgresRequired: Error, CustomStringConvertible {
    var reason: String
    var description: String { "PostgreSQL is required in CI: \(reason)" }
}

let testLogger = Logger(label: "openclaw.store.tests")

/// A fixed instant, so tests never depend on the wall clock.
let t0 = Date(timeIntervalSince1970: 1_700_000_000)

/// Opens a store in `directory`, runs `body`, and always closes it.
func withStore(in directory: String, _ body: (OpenClawStore) async throws -> Void) async throws {
    try await OpenClawStore.withOpen(directory: directory, logger: testLogger, body)
}

/// Opens the test's store, runs `body`, and always closes it.
func withStore(in place: TestPlace, keyring: SealingKeyring? = nil, _ body: (OpenClawStore) async throws -> Void) async throws {
    try await OpenClawStore.withOpen(place.location, logger: testLogger, keyring: keyring, body)
}

/// Every byte of the database and its WAL/SHM files in `directory`, as a copied backup would hold them.
func databaseBytes(_ directory: String) throws -> Data {
    var bytes = Data()
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasPrefix(OpenClawStore.fileName) {
        bytes.append(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }
    return bytes
}

/// What a copy of the test's database reveals: the SQLite files' bytes, or on PostgreSQL every
/// row of every table as the server's text (printable bytes as they are), as a dump would hold them.
func databaseBytes(_ place: TestPlace) async throws -> Data {
    guard let schema = place.schema else { return try databaseBytes(place.path) }
    return try await PostgresSandbox.dump(schema: schema)
}
