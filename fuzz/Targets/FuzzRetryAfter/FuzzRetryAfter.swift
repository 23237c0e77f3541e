#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import FuzzSupport
import OpenClawLLM
import OpenClawTelegram

/// A provider's `retry-after` header (delay-seconds or an HTTP date) and Telegram's
/// `retry_after`: numbers from the network, read only within their ceilings and never trapping.
enum RetryAfterTarget {
    /// A fixed "now", so an HTTP date in the past and in the future are both reachable.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    static let policy = RetryPolicy()

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let header = String(decoding: bytes, as: UTF8.self)
        if let wait = RetryAfter.parse(header, now: now) {
            fuzzCheck(wait >= .zero && wait <= .seconds(RetryAfter.ceiling), "retry-after read as \(wait)")
            let delay = policy.delay(afterAttempt: 1, retryAfter: wait)
            fuzzCheck(delay >= .zero && delay <= policy.maxRetryAfter, "a wait of \(delay) beyond the policy's cap")
        }
        // Telegram's number arrives as JSON; any Int it decodes to is clamped.
        if let seconds = Int(header) {
            let wait = TelegramAPIError.clampedRetryAfter(seconds)
            fuzzCheck(wait.map { (0...TelegramAPIError.maxRetryAfterSeconds).contains($0) } ?? false, "retry_after \(seconds) read as \(String(describing: wait))")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    RetryAfterTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
