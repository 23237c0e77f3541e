import Foundation
import FuzzSupport
import OpenClawFiles
import OpenClawOperations

/// A backup file from anywhere: a stranger's bytes, a damaged disk, a copy cut short. Opening,
/// decrypting and unpacking it either refuses with an error or gives exactly what was written;
/// it never traps.
///
/// The first byte chooses the input's meaning. Even: the rest is the file as it lies on disk
/// (nothing the fuzzer writes can carry our key, so this reaches the header and the first
/// chunk's authentication). Odd: the rest is the plain archive inside; the target seals it with
/// the fuzz key, chunk size from the next byte, then may change the sealed file (flip a byte, cut
/// it, add a byte) at an offset from the two bytes after. Then:
/// - an unchanged file unpacks to what the format's rules read from the plain archive
///   (`ArchiveModel`), or is refused when they refuse it;
/// - a changed file is refused;
/// - what an accepted file unpacks is on disk, entry by entry, as the reader reported it.
/// One input in 64 is also restored for real (`RestoreHome`): a refused restore changes nothing.
enum BackupFileTarget {
    static let scratch = FuzzSample.scratchDirectory("backup")
    static let file = scratch + "/fuzz.ocbk"
    static let unpacked = scratch + "/unpacked"
    static let key: BackupKey = {
        do {
            return try BackupKey.load(path: RestoreHome.writeKey(in: scratch))
        } catch {
            fatalError("the fuzz target's own backup key is refused: \(error)")
        }
    }()

    enum Change { case none, flip(Int), cut(Int), append(UInt8) }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        var input = FuzzInput(bytes)
        let sealed = input.byte() & 1 == 1
        var plain: [UInt8] = []
        var change = Change.none
        if sealed {
            let chunkSize = Int(input.byte())
            let kind = input.byte() % 8
            let offset = input.int(in: 0...65_535)
            plain = Array(input.rest)
            writeSealed(plain, chunkSize: chunkSize == 0 ? nil : chunkSize)
            change = changeFile(kind: kind, offset: offset)
        } else {
            write(Array(input.rest))
        }
        let outcome = unpack()
        if case .success(let extracted) = outcome {
            checkOnDisk(extracted)
        }
        if sealed {
            checkAgainstModel(outcome, plain: plain, change: change)
        }
        if FuzzSample.chosen(bytes) {
            RestoreHome.shared.check(file: file, unchanged: sealed && isNone(change))
        }
    }

    static func isNone(_ change: Change) -> Bool {
        if case .none = change { return true }
        return false
    }

    static func unpack() -> Result<[String: (size: UInt64, sha256: String)], any Error> {
        try? FileManager.default.removeItem(atPath: unpacked)
        do {
            try FileManager.default.createDirectory(atPath: unpacked, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            fatalError("cannot create \(unpacked): \(error)")
        }
        guard let handle = FileHandle(forReadingAtPath: file) else { fatalError("cannot open \(file)") }
        defer { try? handle.close() }
        do {
            let reader = try DecryptingReader(handle: handle, file: file, keys: [key])
            return .success(try BackupArchive.extract(from: reader, into: unpacked, file: file))
        } catch {
            return .failure(error)
        }
    }

    static func checkAgainstModel(_ outcome: Result<[String: (size: UInt64, sha256: String)], any Error>, plain: [UInt8], change: Change) {
        let model = ArchiveModel(plain, isSafe: BackupArchive.isSafe)
        switch (outcome, change) {
        case (.success, .none):
            guard let model else { return fuzzCheck(false, "an archive the format refuses was accepted") }
            fuzzCheck(unpackedFiles() == model.entries, "what was unpacked is not what was written")
        case (.failure(let error), .none):
            // The format accepts it but the folder cannot hold it (one name is a folder of
            // another, a name too long for the file system): refused by the file system, cleanly.
            if model != nil, let error = error as? BackupError {
                fuzzCheck(error.code == .io, "a well-formed archive refused: \(error)")
            }
        case (.success, _):
            fuzzCheck(false, "a changed backup file was accepted")
        case (.failure, _):
            break
        }
    }

    /// The files under `unpacked`, by name relative to it. Walked folder by folder: Foundation's
    /// `enumerator(atPath:)` gives the full path instead of the relative one for a name that starts
    /// with a combining mark (`/\u{350}…` is one Character, so the folder prefix no longer matches).
    static func unpackedFiles(in folder: String = "") -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: unpacked + folder)) ?? [] {
            let relative = folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: unpacked + relative, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                files.merge(unpackedFiles(in: relative)) { first, _ in first }
            } else {
                files[String(decoding: relative.utf8.dropFirst(), as: UTF8.self)] = FileContents.read(atPath: unpacked + relative).map(Array.init) ?? []
            }
        }
        return files
    }

    static func checkOnDisk(_ extracted: [String: (size: UInt64, sha256: String)]) {
        let files = unpackedFiles()
        fuzzCheck(Set(files.keys) == Set(extracted.keys), "the unpacked files are not the entries read")
        for (name, bytes) in files {
            fuzzCheck(UInt64(bytes.count) == extracted[name]?.size, "\(name) has another size on disk than in the archive")
        }
    }

    static func write(_ bytes: [UInt8]) {
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            fatalError("cannot write \(file)")
        }
    }

    static func writeSealed(_ plain: [UInt8], chunkSize: Int?) {
        write([])
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
            defer { try? handle.close() }
            let writer = try EncryptingWriter(handle: handle, key: key, chunkSize: chunkSize)
            try writer.write(plain)
            try writer.finish()
        } catch {
            fatalError("cannot seal the fuzz input: \(error)")
        }
    }

    /// Changes the sealed file as damage or an attacker might; every change alters its bytes.
    static func changeFile(kind: UInt8, offset: Int) -> Change {
        guard kind >= 5, var bytes = FileContents.read(atPath: file).map(Array.init), !bytes.isEmpty else { return .none }
        let position = offset % bytes.count
        let change: Change
        switch kind {
        case 5:
            bytes[position] ^= 0x5A
            change = .flip(position)
        case 6:
            bytes.removeLast(bytes.count - position)
            change = .cut(position)
        default:
            bytes.append(UInt8(truncatingIfNeeded: offset))
            change = .append(UInt8(truncatingIfNeeded: offset))
        }
        write(bytes)
        return change
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    BackupFileTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
