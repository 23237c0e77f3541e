#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing

@testable import OpenClawLLM

struct RetryPolicyTests {
    @Test func backoffDoublesAndIsCappedBeforeJitter() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .milliseconds(350), jitter: { $0 })
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil) == .milliseconds(100))
        #expect(policy.delay(afterAttempt: 2, retryAfter: nil) == .milliseconds(200))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil) == .milliseconds(350))
        #expect(policy.delay(afterAttempt: 40, retryAfter: nil) == .milliseconds(350))
    }

    @Test func fullJitterStaysWithinTheCeiling() {
        for _ in 0..<200 {
            let wait = RetryPolicy.fullJitter(.milliseconds(10))
            #expect(wait >= .zero && wait <= .milliseconds(10))
        }
        #expect(RetryPolicy.fullJitter(.zero) == .zero)
    }

    @Test func retryAfterWinsOverBackoffButIsCapped() {
        let policy = RetryPolicy(maxRetryAfter: .seconds(5), jitter: { _ in .zero })
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(2)) == .seconds(2))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(120)) == .seconds(5))
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 784_111_774)  // Sun, 06 Nov 1994 08:49:34 GMT
        #expect(RetryAfter.parse("3", now: now) == .seconds(3))
        #expect(RetryAfter.parse(" 1.5 ", now: now) == .milliseconds(1500))
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", now: now) == .seconds(3))
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:49:00 GMT", now: now) == .zero)
        #expect(RetryAfter.parse("soon", now: now) == nil)
        #expect(RetryAfter.parse(nil, now: now) == nil)
    }

    /// `retry-after: 100000000000000000` used to overflow converting seconds to milliseconds.
    @Test func outlandishRetryAfterIsClampedBeforeItIsConverted() {
        let now = Date(timeIntervalSince1970: 784_111_774)
        let day = Duration.seconds(86_400)
        #expect(RetryAfter.parse("100000000000000000", now: now) == day)
        #expect(RetryAfter.parse("9223372036854775807", now: now) == day)
        #expect(RetryAfter.parse("1e308", now: now) == day)
        #expect(RetryAfter.parse("-100000000000000000", now: now) == .zero)
        #expect(RetryAfter.parse("inf", now: now) == nil)
        #expect(RetryAfter.parse("nan", now: now) == nil)
        #expect(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", now: now) == day)
        #expect(RetryAfter.parse("Thu, 01 Jan 1970 00:00:00 GMT", now: .distantFuture) == .zero)
    }

    @Test func httpDateMatchesTheEpoch() {
        #expect(HTTPDate.parse("Thu, 01 Jan 1970 00:00:00 GMT") == Date(timeIntervalSince1970: 0))
        #expect(HTTPDate.parse("Tue, 29 Feb 2028 12:00:00 GMT") == Date(timeIntervalSince1970: 1_835_438_400))
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 UTC") == nil)
    }
}
