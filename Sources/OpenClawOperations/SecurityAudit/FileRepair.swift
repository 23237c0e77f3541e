#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A change `security audit --fix` may make: only ever narrowing permissions or giving a secret
/// file to the owner of its folder. Never a content change, never a wider mode.
package enum FileRepair: Sendable, Equatable, CustomStringConvertible {
    case chmod(path: String, from: UInt32, to: UInt32)
    case chown(path: String, fromUid: UInt32, toUid: UInt32, toGid: UInt32)

    package var description: String {
        switch self {
        case .chmod(let path, let from, let to): "chmod \(String(to, radix: 8)) \(path) (was \(String(from, radix: 8)))"
        case .chown(let path, let fromUid, let toUid, let toGid): "chown \(toUid):\(toGid) \(path) (was owned by uid \(fromUid))"
        }
    }

    /// Applies the change; the error names the path and the system's reason.
    package func apply() throws(FileRepairError) {
        let result: Int32
        let path: String
        switch self {
        case .chmod(let target, _, let to):
            path = target
            result = changeMode(target, mode_t(to))
        case .chown(let target, _, let toUid, let toGid):
            path = target
            result = lchown(target, uid_t(toUid), gid_t(toGid))
        }
        guard result == 0 else { throw FileRepairError(path: path, reason: String(cString: strerror(errno))) }
    }
}

package struct FileRepairError: Error, CustomStringConvertible {
    package var path: String
    package var reason: String

    package var description: String { "\(path): \(reason)" }
}

/// The C `chmod`, out of reach inside `FileRepair` whose case has the same name.
private func changeMode(_ path: String, _ mode: mode_t) -> Int32 {
    chmod(path, mode)
}
