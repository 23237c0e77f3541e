#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Users who sent `/forgetme` and may confirm it until their request expires.
final class PendingErasures: Sendable {
    static let lifetime: TimeInterval = 300

    private let requests = Mutex<[Int64: Date]>([:])

    func request(for userId: Int64, at now: Date) {
        requests.withLock { requests in
            requests = requests.filter { $0.value > now }
            requests[userId] = now.addingTimeInterval(Self.lifetime)
        }
    }

    /// True (and forgotten) when the user has an unexpired request.
    func confirm(for userId: Int64, at now: Date) -> Bool {
        requests.withLock { requests in
            guard let expiry = requests.removeValue(forKey: userId) else { return false }
            return expiry > now
        }
    }
}
