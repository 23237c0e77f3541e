import Foundation

/// The first entry of a backup: what it holds and where it came from.
struct BackupManifest: Codable, Equatable {
    struct Entry: Codable, Equatable {
        var name: String
        var size: UInt64
        /// SHA-256 of the entry's bytes, hex.
        var sha256: String
    }

    var format = 1
    var created: Date
    var includesSecrets: Bool
    /// Where the files were on the machine that made it, for the operator's orientation only.
    var sourceStateDir: String
    var sourceSecretsDir: String
    var entries: [Entry]

    static let name = "manifest.json"

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    static func decode(_ data: Data) throws -> BackupManifest {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(BackupManifest.self, from: data)
    }
}
