import OpenClawCore
import Testing

@Suite struct LimitsRateLimiterTests {
    let t0 = ContinuousClock.now

    func limiter(_ rules: [LimitScope: RateRule] = LimitsConfig.defaults.rateRules, maxKeys: Int = 1_000) -> RateLimiter<ContinuousClock.Instant> {
        RateLimiter(rules: rules, maxKeysPerScope: maxKeys, origin: t0)
    }

    /// Sends one message per `arrival` (offsets from t0) and returns the offsets that were allowed.
    func allowed(_ limiter: RateLimiter<ContinuousClock.Instant>, _ keys: [LimitKey], arrivals: [Duration]) -> [Duration] {
        arrivals.filter { limiter.decide(keys, now: t0 + $0).isAllowed }
    }

    @Test func floodGetsExactlyBurstPlusRateTimesT() {
        // 10/1m burst 5: T = 6 s. 100 messages, one every 0.6 s, over t = 59.4 s.
        let arrivals = (0..<100).map { Duration.milliseconds(600 * $0) }
        let passed = allowed(limiter(), [.user(1)], arrivals: arrivals)
        let t = 59.4, bound = Int((5 + 10.0 / 60 * t).rounded(.down))
        #expect(bound == 14)
        #expect(passed.count == bound)
        #expect(Array(passed.prefix(7)) == [.zero, .milliseconds(600), .milliseconds(1200), .milliseconds(1800), .milliseconds(2400), .seconds(6), .seconds(12)])
    }

    @Test func withoutTheRuleTheSameFloodIsAllAnswered() {
        let arrivals = (0..<100).map { Duration.milliseconds(600 * $0) }
        let open = limiter([.user: RateRule("1000/1s", burst: 1000)])
        #expect(allowed(open, [.user(1)], arrivals: arrivals).count == 100)
    }

    @Test func noWindowOfAnIrregularFloodExceedsTheBound() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var time = Duration.zero
        var arrivals: [Duration] = []
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            time += .milliseconds(Int64(seed >> 54))  // 0…1023 ms apart
            arrivals.append(time)
        }
        let passed = allowed(limiter(), [.user(7)], arrivals: arrivals)
        #expect(passed.count > 5)
        for start in passed.indices {
            for end in start..<min(passed.count, start + 40) {
                let span = Double((passed[end] - passed[start]).components.seconds) + Double((passed[end] - passed[start]).components.attoseconds) / 1e18
                #expect(Double(end - start + 1) <= 5 + 10.0 / 60 * span + 1e-9)
            }
        }
    }

    @Test func retryAfterNamesTheExactWait() {
        let limiter = limiter()
        for _ in 0..<5 { #expect(limiter.decide(.user(1), now: t0) == .allowed) }
        #expect(limiter.decide(.user(1), now: t0 + .seconds(2)) == .limited(scope: .user, retryAfter: .seconds(4), notify: true))
        #expect(limiter.decide(.user(1), now: t0 + .seconds(6)) == .allowed)
    }

    @Test func keysAreIndependent() {
        let limiter = limiter()
        for _ in 0..<50 { _ = limiter.decide([.user(1), .chat(1)], now: t0) }
        #expect(!limiter.decide([.user(1), .chat(1)], now: t0).isAllowed)
        #expect(limiter.decide([.user(2), .chat(2)], now: t0) == .allowed)
        #expect(limiter.decide([.chat(1)], now: t0) == .allowed, "user 1's refusals did not spend chat 1's allowance beyond its 5 passes")
    }

    @Test func aRefusalInOneScopeSpendsNothingInTheOthers() {
        let limiter = limiter([.user: RateRule("10/1m", burst: 5), .global: RateRule("1/1m", burst: 1)])
        #expect(limiter.decide([.user(1), .global], now: t0) == .allowed)
        for _ in 0..<10 {
            #expect(!limiter.decide([.user(2), .global], now: t0).isAllowed)
        }
        // User 2 was refused by global ten times, yet still has its whole burst of 5.
        let later = t0 + .seconds(60)
        let answered = (0..<5).filter { _ in limiter.decide([.user(2)], now: later).isAllowed }.count
        #expect(answered == 5)
    }

    @Test func globalRuleCapsManyUsers() {
        let limiter = limiter()
        let answered = (0..<50).flatMap { user in (0..<5).map { _ in user } }
            .filter { limiter.decide([.user(Int64($0)), .chat(Int64($0)), .global], now: t0).isAllowed }
        #expect(answered.count == 20)
        // The first global refusal carried the notice for this minute; later ones stay quiet.
        #expect(limiter.decide([.user(999), .global], now: t0) == .limited(scope: .global, retryAfter: .seconds(1), notify: false))
    }

    @Test func noticeOncePerWindowPerKey() {
        let limiter = limiter()
        var notices = 0
        // Flood for 3 minutes, one message every 100 ms: the rule's period is one minute.
        for step in 0..<1_800 {
            if case .limited(_, _, let notify) = limiter.decide(.user(1), now: t0 + .milliseconds(100 * step)), notify {
                notices += 1
            }
        }
        #expect(notices == 3)
        var strangerNotices = 0
        for sender in Int64(0)..<1_000 {
            if case .limited(_, _, true) = limiter.decide([.pairingSender(sender), .pairingGlobal], now: t0) { strangerNotices += 1 }
        }
        #expect(strangerNotices == 1, "1000 strangers earn one notice for the global pairing cap, not one each")
    }

    @Test func thousandStrangersGetAtMostTheGlobalPairingCap() {
        let limiter = limiter()
        let replies = (Int64(0)..<1_000).filter { limiter.decide([.pairingSender($0), .pairingGlobal], now: t0).isAllowed }
        #expect(replies.count == 5)
        #expect(!limiter.decide([.pairingSender(0), .pairingGlobal], now: t0 + .minutes(59)).isAllowed)
    }

    @Test func idleKeysAreSwept() {
        let limiter = limiter(maxKeys: 10_000)
        for user in Int64(0)..<1_000 { _ = limiter.decide(.user(user), now: t0) }
        for _ in 0..<5 { _ = limiter.decide(.user(5_000), now: t0 + .seconds(5)) }
        #expect(limiter.trackedKeys(.user) == 1_001)
        limiter.sweep(now: t0 + .seconds(7))
        #expect(limiter.trackedKeys(.user) == 1, "only the key still inside its window remains")
        limiter.sweep(now: t0 + .seconds(40))
        #expect(limiter.trackedKeys(.user) == 0)
    }

    @Test func fullTableRefusesNewKeysAndKeepsServingKnownOnes() {
        let limiter = limiter(maxKeys: 3)
        for user in Int64(1)...3 { #expect(limiter.decide(.user(user), now: t0) == .allowed) }
        #expect(limiter.decide(.user(4), now: t0 + .seconds(1)) == .overCapacity(scope: .user))
        #expect(limiter.decide(.user(1), now: t0 + .seconds(1)) == .allowed)
        // Once the known keys go idle, the next new key sweeps them out and is admitted.
        #expect(limiter.decide(.user(4), now: t0 + .seconds(30)) == .allowed)
        #expect(limiter.trackedKeys(.user) == 1)
    }

    @Test func concurrentCallersNeverExceedTheBurst() async {
        let limiter = limiter()
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<200 { group.addTask { limiter.decide(.user(1), now: self.t0).isAllowed } }
            return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
        }
        #expect(results == 5)
    }
}

extension Duration {
    static func minutes(_ value: Int64) -> Duration { .seconds(value * 60) }
}
