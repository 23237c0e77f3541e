#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so readers see the old content or the new, never a torn or over-permissive one:
/// a temp file created 0600 in the same directory, fsync'd, renamed over the target, then the
/// directory fsync'd so the rename survives a crash.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var step: String
        var errno: Int32
        var description: String { "cannot write \(path): \(step) failed (\(String(cString: strerror(errno))))" }
    }

    static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(Failure) {
        let temp = path + ".tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(path: path, step: "create", errno: errno) }
        var failure = writeAll(bytes, to: fd, path: path)
        // fchmod as well as open's mode: open's mode is reduced by the umask, never widened.
        if failure == nil, fchmod(fd, mode) != 0 { failure = Failure(path: path, step: "chmod", errno: errno) }
        if failure == nil, fsync(fd) != 0 { failure = Failure(path: path, step: "fsync", errno: errno) }
        close(fd)
        if failure == nil, rename(temp, path) != 0 { failure = Failure(path: path, step: "rename", errno: errno) }
        if let failure {
            unlink(temp)
            throw failure
        }
        syncDirectory(of: path)
    }

    /// Writes every byte to `fd`, going on after a partial write or an interrupted call.
    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) -> Failure? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { posixWrite(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno != EINTR { return Failure(path: path, step: "write", errno: errno) }
            } else {
                offset += written
            }
        }
        return nil
    }

    private static func syncDirectory(of path: String) {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let fd = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

// At file scope `write` is the C function; inside `AtomicFile` it would be our own `write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
