#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// The sidecar `.openclaw-secrets.json` in `secrets.dir`: dates and fingerprints, never values.
package struct SecretMetadata: Codable, Sendable, Equatable {
    /// What is known about one secret file.
    package struct Entry: Codable, Sendable, Equatable {
        package var created: Date
        package var rotated: Date
        /// `rotated + secrets.maxAgeDays`, fixed when written.
        package var expires: Date
        /// `SecretFingerprint` of the current value.
        package var fingerprint: String
        /// Fingerprint of the value kept in `<id>.previous`, while it is kept.
        package var previousFingerprint: String?
        /// Until when `<id>.previous` should still be accepted (the rotation grace window).
        package var previousExpires: Date?

        package init(
            created: Date, rotated: Date, expires: Date, fingerprint: String,
            previousFingerprint: String? = nil, previousExpires: Date? = nil
        ) {
            self.created = created
            self.rotated = rotated
            self.expires = expires
            self.fingerprint = fingerprint
            self.previousFingerprint = previousFingerprint
            self.previousExpires = previousExpires
        }
    }

    package static let fileName = ".openclaw-secrets.json"

    package var version: Int
    package var secrets: [String: Entry]

    package init(secrets: [String: Entry] = [:]) {
        self.version = 1
        self.secrets = secrets
    }

    /// Records a new value for `id` written at `now`; `previous` when an old value is kept for `grace`.
    package mutating func record(
        id: String, value: String, now: Date, maxAgeDays: Int,
        previous: String? = nil, grace: Duration = .zero
    ) {
        let created = secrets[id]?.created ?? now
        let keepsPrevious = previous != nil && grace > .zero
        secrets[id] = Entry(
            created: created,
            rotated: now,
            expires: now.addingTimeInterval(Double(maxAgeDays) * 86_400),
            fingerprint: SecretFingerprint.of(value),
            previousFingerprint: keepsPrevious ? previous.map(SecretFingerprint.of) : nil,
            previousExpires: keepsPrevious ? now.addingTimeInterval(Double(grace.components.seconds)) : nil
        )
    }

    package static func decode(_ data: Data) throws -> SecretMetadata {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let metadata = try decoder.decode(SecretMetadata.self, from: data)
        // Ids name files in the secrets folder (and in a backup's): `../x` would reach outside it.
        if let id = metadata.secrets.keys.first(where: { !SecretRef.isValidId($0) }) {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "secret id \(id.debugDescription) is not a file name"))
        }
        return metadata
    }

    package func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
