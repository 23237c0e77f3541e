import Foundation
import OpenClawCore
import Testing

@Suite struct SecretReaderTests {
    let directory: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("secrets-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func write(_ id: String, _ value: String, mode: Int) throws {
        let path = directory + "/" + id
        try Data(value.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test func readsAndTrimsAFile() throws {
        try write("token", "s3cr3t-value\n", mode: 0o600)
        let reader = SecretReader(directory: directory, environment: [:])
        #expect(try reader.read(.file("token"), for: "k") == "s3cr3t-value")
    }

    @Test func refusesMissingEmptyAndWorldReadableFiles() throws {
        try write("empty", "\n", mode: 0o600)
        try write("open", "s3cr3t-value", mode: 0o644)
        let reader = SecretReader(directory: directory, environment: [:])
        for (id, reason) in [("missing", "missing"), ("empty", "empty"), ("open", "world-readable")] {
            do {
                _ = try reader.read(.file(id), for: "channels.telegram.botToken")
                Issue.record("\(id) was accepted")
            } catch {
                #expect(error.description.contains("channels.telegram.botToken"))
                #expect(error.description.contains(reason))
                #expect(!error.description.contains("s3cr3t"))
            }
        }
    }

    @Test func readsFromEnvironment() throws {
        let reader = SecretReader(directory: directory, environment: ["MY_KEY": "abc"])
        #expect(try reader.read(SecretRef(source: .env, id: "MY_KEY"), for: "k") == "abc")
        #expect(throws: ConfigError.self) { try reader.read(SecretRef(source: .env, id: "NOPE"), for: "k") }
    }
}
