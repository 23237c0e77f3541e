import Crypto
import Synchronization

/// Values a secret check already refused, remembered by hash so the same bad file is not
/// re-tried (and re-alerted) every second.
final class RefusedValues: Sendable {
    private let digests = Mutex<Set<String>>([])

    func insert(_ keyPath: String, _ value: String) {
        let key = Self.key(keyPath, value)
        digests.withLock { _ = $0.insert(key) }
    }

    func contains(_ keyPath: String, _ value: String) -> Bool {
        let key = Self.key(keyPath, value)
        return digests.withLock { $0.contains(key) }
    }

    private static func key(_ keyPath: String, _ value: String) -> String {
        keyPath + ":" + SHA256.hash(data: Array(value.utf8)).description
    }
}
