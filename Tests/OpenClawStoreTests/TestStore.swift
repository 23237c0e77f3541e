#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawStore

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

let testLogger = Logger(label: "openclaw.store.tests")

/// A fixed instant, so tests never depend on the wall clock.
let t0 = Date(timeIntervalSince1970: 1_700_000_000)

/// Opens a store in `directory`, runs `body`, and always closes it.
func withStore(in directory: String, _ body: (OpenClawStore) async throws -> Void) async throws {
    let store = try await OpenClawStore.open(directory: directory, logger: testLogger)
    do {
        try await body(store)
        try await store.close()
    } catch {
        try? await store.close()
        throw error
    }
}
