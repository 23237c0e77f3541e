#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import OpenClawCore

extension SecretDirectory {
    /// What `store` did, for the audit event: fingerprints only.
    package struct Stored: Sendable, Equatable {
        package var id: String
        package var fingerprint: String
        package var previousFingerprint: String?
    }

    /// Validates and writes a new value for `id`, then records it in the metadata.
    ///
    /// With a `grace` above zero and an existing value, the old value is first written to
    /// `<id>.previous` (0600) so a running gateway can accept both until the window closes.
    /// Refuses an invalid value before touching any file.
    @discardableResult
    package func store(
        _ id: String, value: String, now: Date, maxAgeDays: Int, grace: Duration = .zero
    ) throws(SecretDirectoryError) -> Stored {
        do {
            try KnownSecret.checkId(id)
            try KnownSecret.validate(id: id, value: value)
        } catch {
            throw SecretDirectoryError(code: .write, message: error.description)
        }
        try prepare()
        var metadata = try loadMetadata()
        var previous: String?
        if grace > .zero, case .present(let old, _, _) = observe(id), old != value {
            do {
                try AtomicFile.write(Array(old.utf8), to: previousFile(id))
            } catch {
                throw SecretDirectoryError(code: .write, message: error.description)
            }
            previous = old
        }
        try write(id, value: value)
        metadata.record(id: id, value: value, now: now, maxAgeDays: maxAgeDays, previous: previous, grace: grace)
        try saveMetadata(metadata)
        return Stored(id: id, fingerprint: SecretFingerprint.of(value), previousFingerprint: previous.map(SecretFingerprint.of))
    }
}
