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
    try await OpenClawStore.withOpen(directory: directory, logger: testLogger, body)
}

/// Every byte of the database and its WAL/SHM files in `directory`, as a copied backup would hold them.
func databaseBytes(_ directory: String) throws -> Data {
    var bytes = Data()
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasPrefix(OpenClawStore.fileName) {
        bytes.append(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }
    return bytes
}
