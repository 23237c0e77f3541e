#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Reads a `retry-after` header: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
package enum RetryAfter {
    /// The longest wait a header is read as. The header is the provider's number: it is clamped
    /// here, before any conversion, so no value can overflow (`RetryPolicy` caps it again).
    package static let ceiling: TimeInterval = 86_400

    /// The wait the header asks for, in `0...ceiling`, or nil when it is absent or unreadable.
    package static func parse(_ value: String?, now: Date) -> Duration? {
        guard let value = value?.trimmedWhitespace, !value.isEmpty else { return nil }
        // Some providers send fractional seconds ("1.5"); RFC 9110 says integers, accept both.
        if let seconds = Double(value), seconds.isFinite {
            return clamped(seconds)
        }
        if let date = HTTPDate.parse(value) {
            return clamped(date.timeIntervalSince(now))
        }
        return nil
    }

    private static func clamped(_ seconds: TimeInterval) -> Duration {
        let bounded = min(max(seconds, 0), ceiling)
        return .milliseconds(Int64((bounded * 1000).rounded(.up)))
    }
}
