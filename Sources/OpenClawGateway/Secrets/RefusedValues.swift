import Crypto
import Synchronization

/// The last value a secret check refused for each secret, remembered by hash so the same bad file
/// is not re-tried (and re-alerted) every second. One entry per secret the config references.
final class RefusedValues: Sendable {
    private let digests = Mutex<[String: String]>([:])

    func insert(_ keyPath: String, _ value: String) {
        let digest = Self.digest(value)
        digests.withLock { $0[keyPath] = digest }
    }

    func contains(_ keyPath: String, _ value: String) -> Bool {
        let digest = Self.digest(value)
        return digests.withLock { $0[keyPath] == digest }
    }

    private static func digest(_ value: String) -> String {
        SHA256.hash(data: Array(value.utf8)).description
    }
}
