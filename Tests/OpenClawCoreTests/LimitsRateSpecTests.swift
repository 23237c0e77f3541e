import OpenClawCore
import Testing

@Suite struct LimitsRateSpecTests {
    @Test(arguments: [
        ("10/1m", 10, Duration.seconds(60)),
        ("60/1h", 60, .seconds(3600)),
        ("1/1h", 1, .seconds(3600)),
        ("30/1s", 30, .seconds(1)),
        ("100/1d", 100, .seconds(86_400)),
        ("5/90s", 5, .seconds(90)),
    ])
    func readsRates(text: String, count: Int64, period: Duration) throws {
        let spec = try RateSpec(parsing: text)
        #expect(spec.count == count)
        #expect(spec.period == period)
    }

    @Test func describesInLargestWholeUnit() throws {
        #expect(try RateSpec(parsing: "10/60s").description == "10/1m")
        #expect(try RateSpec(parsing: "5/90s").description == "5/90s")
        #expect(try RateSpec(parsing: "10/60s") == RateSpec(parsing: "10/1m"))
    }

    @Test(arguments: [
        ("0/1m", "count must be greater than zero"),
        ("10/0m", "period must be greater than zero"),
        ("-1/1m", "whole numbers without signs"),
        ("10/-1m", "whole numbers without signs"),
        ("1.5/1m", "whole numbers without signs"),
        ("10/1", "not a rate"),
        ("10/1x", "not a rate"),
        ("10", "not a rate"),
        ("", "not a rate"),
        ("/1m", "whole numbers without signs"),
        ("10/m", "whole numbers without signs"),
        (" 10/1m", "whole numbers without signs"),
        ("10/1m/2", "not a rate"),
        ("1/367d", "at most 366 days"),
        ("2000000/1s", "too large for the period"),
    ])
    func refusesMalformedRates(text: String, reason: String) {
        #expect {
            _ = try RateSpec(parsing: text)
        } throws: { error in
            let message = (error as? RateSpecError)?.description ?? ""
            return message.contains(reason) && message.contains("\"\(text)\"") && message.contains("e.g. \"10/1m\"")
        }
    }

    @Test func intervalRoundsUpSoRoundingNeverGrantsMore() throws {
        #expect(try RateSpec(parsing: "10/1m").intervalNanoseconds == 6_000_000_000)
        #expect(try RateSpec(parsing: "3/1s").intervalNanoseconds == 333_333_334)
    }
}
