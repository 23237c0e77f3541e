#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The slow half of a target (real files, fsync'd writes) runs for a fixed share of inputs,
/// chosen by the input's own hash so a saved input replays the same way; the pure half runs for
/// every input. A file round trip each time held some targets to ten inputs a second.
package enum FuzzSample {
    /// True for about one input in `share`: when the input's hash is 0 modulo `share`.
    package static func chosen(_ bytes: UnsafeBufferPointer<UInt8>, oneIn share: UInt64 = 64) -> Bool {
        hash(bytes) % share == 0
    }

    /// The input's FNV-1a hash: the same input always gets the same choices.
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// A folder of this process's own for files a target writes: in /dev/shm when there is one
    /// (memory, so an fsync costs nothing), else the temporary directory.
    package static func scratchDirectory(_ name: String) -> String {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        let path = base + "/openclaw-fuzz-\(name)-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            fatalError("cannot create the fuzz scratch folder \(path): \(error)")
        }
        return path
    }
}
