import SQLKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension OpenClawStore {
    /// Writes a consistent copy of the whole database to `path` with `VACUUM INTO`: one read
    /// transaction, so a gateway writing meanwhile is neither blocked for long nor half-copied.
    /// The file is created empty with mode 0600 first (SQLite would create it with the umask's mode).
    package func snapshot(to path: String) async throws {
        try createEmptyPrivateFile(path)
        try await exclusive("snapshot to \(path)") { sql in
            try await sql.raw("VACUUM INTO \(bind: path)").run()
        }
    }

    /// SQLite's `PRAGMA integrity_check`: empty when the file is sound, else SQLite's complaints.
    package func integrityProblems() async throws -> [String] {
        let rows = try await exclusive("integrity check") { sql in
            try await sql.raw("PRAGMA integrity_check").all()
        }
        let lines = try rows.map { try $0.decode(column: "integrity_check", as: String.self) }
        return lines == ["ok"] ? [] : lines
    }
}

/// Outside the extension: there `open` and `close` name the store's own methods.
private func createEmptyPrivateFile(_ path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else {
        throw StoreError(code: .queryFailed, message: "cannot create snapshot file \(path): \(String(cString: strerror(errno)))")
    }
    close(fd)
}
