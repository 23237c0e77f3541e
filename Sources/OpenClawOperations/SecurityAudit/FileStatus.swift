#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `lstat` says about a path: the link itself, not what it points to.
struct FileStatus {
    let mode: mode_t
    let uid: uid_t
    let gid: gid_t
    let isSymlink: Bool
    let isDirectory: Bool

    /// Nil when nothing is there.
    init?(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        mode = info.st_mode & 0o7777
        uid = info.st_uid
        gid = info.st_gid
        isSymlink = info.st_mode & S_IFMT == S_IFLNK
        isDirectory = info.st_mode & S_IFMT == S_IFDIR
    }

    /// Permission bits as `chmod` writes them (`644`).
    var octal: String { String(mode, radix: 8) }

    static var effectiveUid: uid_t { geteuid() }
}
