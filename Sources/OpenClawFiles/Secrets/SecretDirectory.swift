#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore

/// The files of one `secrets.dir`: `<id>` (the value), `<id>.previous` (the value before the last
/// rotation, during its grace window) and the metadata sidecar. Every file 0600, the directory 0700.
package struct SecretDirectory: Sendable {
    package var path: String

    package init(path: String) {
        self.path = path
    }

    package func file(_ id: String) -> String { path + "/" + id }
    /// Where the value replaced by the last rotation is kept for its grace window.
    /// The id under which `rotate` keeps a secret's value before the last rotation.
    package static func previousId(_ id: String) -> String { id + ".previous" }
    package func previousFile(_ id: String) -> String { path + "/" + Self.previousId(id) }
    package var metadataFile: String { path + "/" + SecretMetadata.fileName }

    /// Creates the directory 0700 if needed; refuses one that group or others can enter.
    package func prepare() throws(SecretDirectoryError) {
        let manager = FileManager.default
        let type = (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        if type == nil {
            do {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw SecretDirectoryError(code: .directory, message: "cannot create secrets directory \(path)")
            }
        } else if type != .typeDirectory {
            throw SecretDirectoryError(code: .directory, message: "\(path) is not a directory")
        }
        if let mode = directoryMode, mode & 0o077 != 0 {
            throw SecretDirectoryError(code: .directory, message: "secrets directory \(path) is mode \(String(mode, radix: 8)); run: chmod 700 \(path)")
        }
    }

    /// The directory's permission bits, nil when it does not exist.
    package var directoryMode: Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    /// What is on disk for `id`, the value trimmed as `SecretReader` trims it.
    package func observe(_ id: String) -> SecretObservation {
        let file = file(id)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              let data = FileContents.read(atPath: file)
        else { return .missing }
        return .present(
            value: String(String(decoding: data, as: UTF8.self).trimmingWhitespace()),
            mode: attributes[.posixPermissions] as? Int ?? 0o777,
            modified: attributes[.modificationDate] as? Date ?? .distantPast
        )
    }

    /// Ids of the secret files present: names that are valid ids (so not README.md, `.previous`, temp files).
    package func presentIds() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { (try? KnownSecret.checkId($0)) != nil }.sorted()
    }

    /// Writes `value` as `<id>`: a new file atomically with mode 0600; an existing one in place,
    /// keeping its inode, owner and mode, so that a container's bind mount of it sees the new value.
    package func write(_ id: String, value: String) throws(SecretDirectoryError) {
        let path = file(id)
        do {
            if InPlaceFile.isRegularFile(path) {
                try InPlaceFile.overwrite(Array(value.utf8), at: path)
            } else {
                try AtomicFile.write(Array(value.utf8), to: path)
            }
        } catch {
            throw SecretDirectoryError(code: .write, message: error.description)
        }
    }

    /// The value kept from the last rotation while its grace window (from the metadata) is open.
    package func previousValue(_ id: String, now: Date = Date()) -> String? {
        guard let until = (try? loadMetadata())?.secrets[id]?.previousExpires, now < until,
              let data = FileContents.read(atPath: previousFile(id))
        else { return nil }
        let value = String(String(decoding: data, as: UTF8.self).trimmingWhitespace())
        return value.isEmpty ? nil : value
    }

    /// Removes `.previous` files whose grace window has closed; returns their ids.
    @discardableResult
    package func prunePrevious(now: Date = Date()) throws(SecretDirectoryError) -> [String] {
        var metadata = try loadMetadata()
        var pruned: [String] = []
        for (id, entry) in metadata.secrets where entry.previousExpires.map({ now >= $0 }) ?? false {
            try? FileManager.default.removeItem(atPath: previousFile(id))
            metadata.secrets[id]?.previousExpires = nil
            metadata.secrets[id]?.previousFingerprint = nil
            pruned.append(id)
        }
        if !pruned.isEmpty { try saveMetadata(metadata) }
        return pruned.sorted()
    }

    /// The sidecar's content; empty when there is none yet.
    package func loadMetadata() throws(SecretDirectoryError) -> SecretMetadata {
        guard let data = FileContents.read(atPath: metadataFile) else { return SecretMetadata() }
        do {
            return try SecretMetadata.decode(data)
        } catch {
            throw SecretDirectoryError(code: .metadata, message: "\(metadataFile) is not valid secrets metadata")
        }
    }

    package func saveMetadata(_ metadata: SecretMetadata) throws(SecretDirectoryError) {
        do {
            try AtomicFile.write(Array(try metadata.encoded()), to: metadataFile)
        } catch let failure as AtomicFile.Failure {
            throw SecretDirectoryError(code: .write, message: failure.description)
        } catch {
            throw SecretDirectoryError(code: .metadata, message: "cannot encode \(metadataFile)")
        }
    }
}
