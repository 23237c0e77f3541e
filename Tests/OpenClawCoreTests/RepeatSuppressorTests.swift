import OpenClawCore
import Testing

struct RepeatSuppressorTests {
    typealias Verdict = RepeatSuppressor<Int>.Verdict

    @Test func theFirstPerKeyAndWindowIsRecordedAndRepeatsAreCounted() {
        var suppressor = RepeatSuppressor<Int>(window: .seconds(60), capacity: 10)
        #expect(suppressor.observe(1, at: .seconds(0)) == .record(repeatsBefore: 0))
        for second in 1...99 {
            #expect(suppressor.observe(1, at: .milliseconds(second * 100)) == .suppress)
        }
        #expect(suppressor.observe(2, at: .seconds(5)) == .record(repeatsBefore: 0))
        #expect(suppressor.observe(1, at: .seconds(61)) == .record(repeatsBefore: 99))
        #expect(suppressor.observe(1, at: .seconds(62)) == .suppress)
    }

    @Test func aSweepSummarisesEndedWindowsWithRepeatsAndForgetsThem() {
        var suppressor = RepeatSuppressor<Int>(window: .seconds(60), capacity: 10)
        _ = suppressor.observe(1, at: .seconds(0))
        _ = suppressor.observe(1, at: .seconds(1))
        _ = suppressor.observe(1, at: .seconds(2))
        _ = suppressor.observe(2, at: .seconds(0))
        _ = suppressor.observe(3, at: .seconds(30))
        #expect(suppressor.sweep(at: .seconds(59)).isEmpty)
        #expect(suppressor.sweep(at: .seconds(60)) == [.init(key: 1, repeats: 2)])
        #expect(suppressor.trackedKeys == 1)
        #expect(suppressor.observe(1, at: .seconds(61)) == .record(repeatsBefore: 0))
    }

    @Test func pastCapacityNewKeysShareOneOverflowBucket() {
        var suppressor = RepeatSuppressor<Int>(window: .seconds(60), capacity: 100)
        var recorded = 0
        for key in 0..<10_000 where suppressor.observe(key, at: .milliseconds(key / 100)) != .suppress {
            recorded += 1
        }
        #expect(suppressor.trackedKeys == 100)
        #expect(recorded == 101)
        let summaries = suppressor.sweep(at: .seconds(3600))
        #expect(summaries == [.init(key: nil, repeats: 10_000 - 101)])
        #expect(suppressor.trackedKeys == 0)
    }
}
