#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
package import OpenClawCore

/// The checkpoint file: one JSON line per checkpoint, only ever appended to (O_APPEND, fsync'd).
/// Making it append-only for real (`chattr +a`, a write-once volume, a remote syslog) is the
/// operator's part; docs/AUDIT.md says how.
package struct AuditCheckpointLog: Sendable {
    package struct Failure: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "audit checkpoint file \(path): \(reason)" }
    }

    package let path: String

    package init(path: String) {
        self.path = path
    }

    package func append(_ checkpoint: AuditCheckpoint) throws(Failure) {
        let bytes = Array((checkpoint.line() + "\n").utf8)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(path: path, reason: "cannot open (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { appendWrite(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: "write failed (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
        guard fsync(fd) == 0 else { throw Failure(path: path, reason: "fsync failed (\(String(cString: strerror(errno))))") }
    }

    /// Every checkpoint in the file, and how many lines could not be read as one; none when there is no file yet.
    package func read() throws(Failure) -> (checkpoints: [AuditCheckpoint], unreadableLines: Int) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], 0) }
        guard let data = FileContents.read(atPath: path) else { throw Failure(path: path, reason: "cannot read") }
        var checkpoints: [AuditCheckpoint] = []
        var unreadable = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
            if let checkpoint = AuditCheckpoint.parse(line: line) { checkpoints.append(checkpoint) } else { unreadable += 1 }
        }
        return (checkpoints, unreadable)
    }
}

// At file scope `write` is the C function.
private func appendWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
