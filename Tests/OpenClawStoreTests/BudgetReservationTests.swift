#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore
import Testing

/// Reservations are decided against spend and every other reservation in flight.
@Suite struct BudgetReservationTests {
    @Test(arguments: Backend.allCases) func concurrentReservationsTogetherStayWithinTheCap(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                let cap = 1.0
                let reserved = await withTaskGroup(of: Bool.self) { group in
                    for user in Int64(1)...8 {
                        group.addTask {
                            let found = try? await store.reserveBudget(
                                userId: user, session: SessionKey(rawValue: "telegram:dm:\(user)"), historyLimit: 10, now: t0,
                                expiresAt: t0.addingTimeInterval(60)
                            ) { committed, _ in committed.globalDay + 0.3 <= cap ? 0.3 : nil }
                            return found?.id != nil
                        }
                    }
                    return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
                #expect(reserved == 3, "0.3 each: three fit under 1.0, however the eight interleave")
            }
        }
    }

    @Test(arguments: Backend.allCases) func settledAndExpiredReservationsStopCountingAndTheHistorySizeIsGiven(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                let session = SessionKey(rawValue: "telegram:dm:1")
                try await store.complete(
                    [UpdateCompletion(updateId: nil, turns: [.init(session: session, turn: ChatTurn(role: .user, content: String(repeating: "x", count: 90)), userId: 1)])],
                    at: t0
                )
                let first = try await store.reserveBudget(userId: 1, session: session, historyLimit: 10, now: t0, expiresAt: t0.addingTimeInterval(60)) { _, _ in 2 }
                #expect(first.historyBytes == 90)
                let second = try await store.reserveBudget(userId: 1, session: session, historyLimit: 10, now: t0, expiresAt: t0.addingTimeInterval(60)) { _, _ in nil }
                #expect(second.committed.userDay == 2 && second.committed.globalMonth == 2)

                let usage = UsageRecord(time: t0, userId: 1, chatId: 1, provider: "p", model: "m", tokens: TokenUsage(input: 1, output: 1), costUsd: 0.5)
                try await store.complete([UpdateCompletion(updateId: nil, usage: usage, reservationId: first.id)], at: t0)
                let settled = try await store.reserveBudget(userId: 1, session: session, historyLimit: 10, now: t0, expiresAt: t0) { _, _ in nil }
                #expect(settled.committed.userDay == 0.5, "the reservation gave way to the real cost")

                _ = try await store.reserveBudget(userId: 2, session: session, historyLimit: 10, now: t0, expiresAt: t0.addingTimeInterval(60)) { _, _ in 4 }
                let later = try await store.reserveBudget(userId: 1, session: session, historyLimit: 10, now: t0.addingTimeInterval(61), expiresAt: t0) { _, _ in nil }
                #expect(later.committed.globalDay == 0.5, "a reservation left by a dead process expires")
            }
        }
    }
}
