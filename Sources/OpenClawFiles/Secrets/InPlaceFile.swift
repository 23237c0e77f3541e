#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content without replacing the file: same inode, owner and mode (less any
/// group or other bits, which a secret file never keeps). A bind mount
/// of a single file (compose's file secrets at `/run/secrets/<id>`) keeps the inode it was made
/// from, so only a write in place reaches the container.
///
/// The new content is first kept whole in `<path>.incoming` (so a crash loses nothing), then the
/// file is truncated and written in one `write` and fsync'd: a reader sees the old content, an
/// empty file (which a secret reader treats as "not there yet" and reads again), or the new content.
enum InPlaceFile {
    static func overwrite(_ bytes: [UInt8], at path: String) throws(AtomicFile.Failure) {
        let incoming = path + ".incoming"
        try AtomicFile.write(bytes, to: incoming)
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            let failure = AtomicFile.Failure(path: path, step: "open in place", errno: errno)
            unlink(incoming)
            throw failure
        }
        var failure: AtomicFile.Failure?
        var info = stat()
        if fstat(fd, &info) != 0 {
            failure = AtomicFile.Failure(path: path, step: "stat", errno: errno)
        } else if info.st_mode & 0o077 != 0, fchmod(fd, info.st_mode & 0o700) != 0 {
            failure = AtomicFile.Failure(path: path, step: "chmod", errno: errno)
        }
        if failure == nil { failure = AtomicFile.writeAll(bytes, to: fd, path: path) }
        if failure == nil, fsync(fd) != 0 { failure = AtomicFile.Failure(path: path, step: "fsync", errno: errno) }
        close(fd)
        // On failure `<path>.incoming` stays: it holds the value the caller meant to write.
        if let failure { throw failure }
        unlink(incoming)
    }

    /// Whether `path` is a regular file (not a link, not missing): the only kind written in place.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT == S_IFREG
    }
}
