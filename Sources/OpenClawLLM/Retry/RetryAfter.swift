#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a `retry-after` header: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
enum RetryAfter {
    /// The wait the header asks for, or nil when it is absent or unreadable.
    static func parse(_ value: String?, now: Date) -> Duration? {
        guard let value = value?.trimmedWhitespace, !value.isEmpty else { return nil }
        // Some providers send fractional seconds ("1.5"); RFC 9110 says integers, accept both.
        if let seconds = Double(value), seconds.isFinite {
            return .milliseconds(Int64(max(seconds, 0) * 1000))
        }
        if let date = HTTPDate.parse(value) {
            let seconds = date.timeIntervalSince(now)
            return .milliseconds(Int64(max(seconds, 0) * 1000))
        }
        return nil
    }
}
