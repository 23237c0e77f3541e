#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// An exclusive `flock` on `<state.dir>/gateway.lock`, held by a running gateway and by
/// `openclaw restore`, so a restore never replaces the files under a live gateway (nor two
/// gateways serve one store). The kernel drops the lock when the process ends, however it ends.
package final class StateLock: Sendable {
    package static let fileName = "gateway.lock"

    private let descriptor: Mutex<Int32>

    private init(descriptor: Int32) {
        self.descriptor = Mutex(descriptor)
    }

    /// Takes the lock without waiting; nil when another process (or another open in this one) holds it.
    /// The state folder must exist.
    package static func acquire(directory: String) throws(StoreError) -> StateLock? {
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw StoreError(code: .directoryUnavailable, message: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            guard code == EWOULDBLOCK else {
                throw StoreError(code: .directoryUnavailable, message: "cannot lock \(path): \(String(cString: strerror(code)))")
            }
            return nil
        }
        return StateLock(descriptor: fd)
    }

    /// Releases the lock; later calls do nothing.
    package func release() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
        }
    }

    deinit {
        release()
    }
}
