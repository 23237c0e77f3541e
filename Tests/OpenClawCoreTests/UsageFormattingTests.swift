import Foundation
import OpenClawCore
import Testing

/// Dollar amounts and `--since` spans from outside never reach a conversion that traps.
@Suite struct UsageFormattingTests {
    @Test func dollarAmountsFormatWhateverTheDouble() {
        #expect(USDFormat.amount(0.5, decimals: 2) == "0.50")
        #expect(USDFormat.amount(12.345, decimals: 2) == "12.35")
        #expect(USDFormat.amount(0.0001, decimals: 4) == "0.0001")
        #expect(USDFormat.amount(-1.5, decimals: 4) == "-1.5000")
        #expect(USDFormat.amount(-0.001, decimals: 2) == "0.00")
        // Each of these used to trap converting to Int (or repeating a string a negative number of times).
        #expect(USDFormat.amount(.infinity, decimals: 2) == "inf")
        #expect(USDFormat.amount(.nan, decimals: 2) == "nan")
        #expect(USDFormat.amount(1e300, decimals: 2) == "1e+300")
        #expect(USDFormat.amount(-1e30, decimals: 4) == "-1e+30")
    }

    @Test func sinceSpansAreBoundedToACentury() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(UsageReport.parseSince("7d", now: now) == now.addingTimeInterval(-7 * 86_400))
        #expect(UsageReport.parseSince("30m", now: now) == now.addingTimeInterval(-1_800))
        #expect(UsageReport.parseSince("2026-11-01", now: now) != nil)
        for text in ["1e300d", "infd", "nand", "-1d", "36501d"] {
            #expect(UsageReport.parseSince(text, now: now) == nil, "\(text)")
        }
    }
}
