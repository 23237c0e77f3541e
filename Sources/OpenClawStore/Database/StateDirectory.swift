import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Prepares the private state directory (0700) and the database file (0600) before SQLite opens it.
enum StateDirectory {
    /// Returns the database file's path, creating the directory and an empty file as needed.
    static func prepare(directory: String, fileName: String, logger: Logger) throws -> String {
        try prepare(directory: directory, logger: logger)
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        // Creating the file ourselves sets its mode before any byte is written; SQLite gives the
        // -wal and -shm files the database file's mode. No O_EXCL: a CLI may race the gateway here.
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw StoreError(code: .openFailed, message: "cannot create database file \(path): \(describe(errno))")
        }
        defer { close(fd) }
        if fchmod(fd, 0o600) != 0 {
            logger.warning("cannot restrict database file to mode 600", metadata: ["path": "\(path)", "error": "\(describe(errno))"])
        }
        return path
    }

    /// Creates the directory (0700) when missing; warns when others can read an existing one.
    static func prepare(directory: String, logger: Logger) throws {
        var info = stat()
        if stat(directory, &info) != 0 {
            let code = errno
            guard code == ENOENT else { throw unavailable(directory, code) }
            try createDirectories(directory)
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw StoreError(code: .directoryUnavailable, message: "state directory \(directory) exists but is not a directory")
        } else if info.st_mode & 0o077 != 0 {
            logger.warning(
                "state directory is accessible to other users; chmod 700 it",
                metadata: ["path": "\(directory)", "mode": "\(String(info.st_mode & 0o777, radix: 8))"]
            )
        }
    }

    private static func createDirectories(_ directory: String) throws {
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0, errno != EEXIST {
                throw unavailable(directory, errno)
            }
        }
        // The umask may have narrowed the mode; it never widens it, so set it exactly.
        if chmod(directory, 0o700) != 0 {
            throw unavailable(directory, errno)
        }
    }

    private static func unavailable(_ directory: String, _ code: Int32) -> StoreError {
        StoreError(code: .directoryUnavailable, message: "cannot create state directory \(directory): \(describe(code))")
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
