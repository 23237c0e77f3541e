import Crypto
#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore
package import OpenClawStore

/// What a running gateway runs with, kept in the store's settings table for
/// `openclaw config validate --against-running` (another process): per key path a digest of the
/// value, never the value, and whether a change to it needs a restart.
package struct RunningConfigRecord: Sendable, Codable, Equatable {
    package struct Entry: Sendable, Codable, Equatable {
        package var digest: String
        package var needsRestart: Bool
    }

    static let settingKey = "config.running"

    /// When the gateway started or last applied a reload.
    package var recordedAt: Date
    package var entries: [String: Entry]

    init(_ settings: [String: ConfigSetting], at time: Date) {
        recordedAt = time
        entries = settings.mapValues { Entry(digest: Self.digest($0.value), needsRestart: $0.reload == .restart) }
    }

    /// The record the gateway using `store` last wrote, or nil when none did.
    package static func load(from store: OpenClawStore) async throws -> RunningConfigRecord? {
        guard let text = try await store.setting(settingKey) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(RunningConfigRecord.self, from: Data(text.utf8))
    }

    func save(to store: OpenClawStore) async throws {
        try await store.setSetting(Self.settingKey, String(decoding: try Self.encoder().encode(self), as: UTF8.self))
    }

    /// The key paths where `settings` (a file as read now) differs from what runs, split into those
    /// a running gateway takes up by itself and those that need a restart.
    package func differences(from settings: [String: ConfigSetting]) -> (live: [String], needRestart: [String]) {
        var live: [String] = []
        var needRestart: [String] = []
        for path in Set(entries.keys).union(settings.keys).sorted() {
            let fileDigest = settings[path].map { Self.digest($0.value) }
            guard fileDigest != entries[path]?.digest else { continue }
            let restart = settings[path].map { $0.reload == .restart } ?? entries[path]?.needsRestart ?? false
            if restart { needRestart.append(path) } else { live.append(path) }
        }
        return (live, needRestart)
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func digest(_ value: JSONValue) -> String {
        let bytes = (try? encoder().encode(value)) ?? Data()
        return Hex.encode(SHA256.hash(data: bytes))
    }
}
