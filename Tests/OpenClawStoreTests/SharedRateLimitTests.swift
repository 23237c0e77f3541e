import OpenClawCore
import OpenClawStore
import Testing

/// The shared rate limits (`decideRateLimits`): two stores on one database stand in for two
/// replicas deciding for one sender at once.
@Suite struct SharedRateLimitTests {
    static let rules: [LimitScope: RateRule] = [.user: RateRule("5/1h", burst: 5), .chat: RateRule("1000/1s", burst: 1000), .global: RateRule("1000/1s", burst: 1000)]

    static func decide(_ store: OpenClawStore, user: Int64) async throws -> RateDecision {
        let keys: [LimitKey] = [.user(user), .chat(user), .global]
        return try await store.decideRateLimits(keys) { stored, now in
            StoredRateDecision(keys: keys, stored: stored, rules: rules, now: now)
        }
    }

    @Test(arguments: Backend.allCases) func twoReplicasTogetherGrantOneBurst(_ backend: Backend) async throws {
        try await withTestPlace(backend) { place in
            let first = try await OpenClawStore.open(place.location, logger: testLogger)
            let second = try await OpenClawStore.open(place.location, logger: testLogger)
            let decisions = try await withThrowingTaskGroup(of: RateDecision.self) { group in
                for call in 0..<16 {
                    let store = call % 2 == 0 ? first : second
                    group.addTask { try await Self.decide(store, user: 42) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(decisions.filter(\.isAllowed).count == 5, "a burst of 5, whichever replica decides")
            let notices = decisions.filter { if case .limited(.user, _, true) = $0 { true } else { false } }
            #expect(notices.count == 1, "one notice for the sender, not one per replica")
            #expect(try await Self.decide(first, user: 43).isAllowed, "another sender has an allowance of its own")
            #expect(try await first.rateLimitRowCount() == 5, "user and chat rows for two senders, one global row")
            try await first.close()
            try await second.close()
        }
    }

    @Test(arguments: Backend.allCases) func idleRowsArePruned(_ backend: Backend) async throws {
        try await withTestPlace(backend) { place in
            let store = try await OpenClawStore.open(place.location, logger: testLogger)
            let keys: [LimitKey] = [.user(7), .global]
            // A rule of one event per microsecond: the row is idle again as soon as it is written.
            let fast: [LimitScope: RateRule] = [.user: RateRule("1000000/1s", burst: 1), .global: RateRule("1000000/1s", burst: 1)]
            _ = try await store.decideRateLimits(keys) { stored, now in StoredRateDecision(keys: keys, stored: stored, rules: fast, now: now) }
            _ = try await Self.decide(store, user: 8)
            #expect(try await store.rateLimitRowCount() == 4)
            // Wait until the fast rows are idle on the database's clock (a millisecond on SQLite's).
            let deadline = ContinuousClock.now + .seconds(5)
            var pruned = 0
            while pruned < 3, ContinuousClock.now < deadline {
                pruned += try await store.pruneRateLimits()
            }
            #expect(pruned == 3, "the idle rows go (user 7, chat 8, global); user 8's, limited for an hour, stays")
            #expect(try await store.rateLimitRowCount() == 1)
            try await store.close()
        }
    }
}
