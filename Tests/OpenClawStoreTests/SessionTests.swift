#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Testing
import OpenClawStore

@Suite struct SessionTests {
    private let dm = SessionKey(rawValue: "telegram:dm:1")
    private let group = SessionKey(rawValue: "telegram:group:-5")

    private func turn(_ index: Int) -> ChatTurn {
        ChatTurn(role: index.isMultiple(of: 2) ? .user : .assistant, content: "turn \(index)")
    }

    @Test(arguments: Backend.allCases) func returnsTheLastTurnsOldestFirst(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                for index in 0..<5 {
                    try await store.appendTurn(session: dm, turn: turn(index), userId: 1, at: t0.addingTimeInterval(Double(index)))
                }
                try await store.appendTurn(session: group, turn: turn(0), userId: 2, at: t0)
                #expect(try await store.recentTurns(session: dm, limit: 3) == [turn(2), turn(3), turn(4)])
                #expect(try await store.recentTurns(session: dm, limit: 10) == (0..<5).map(turn))
                #expect(try await store.recentTurns(session: group, limit: 10) == [turn(0)])
                #expect(try await store.sessionInfo(dm) == SessionInfo(turns: 5, startedAt: t0))
            }
        }
    }

    @Test(arguments: Backend.allCases) func resetStartsANewSession(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await store.appendTurn(session: dm, turn: turn(0), userId: 1, at: t0)
                try await store.appendTurn(session: group, turn: turn(0), userId: 1, at: t0)
                try await store.resetSession(dm)
                #expect(try await store.recentTurns(session: dm, limit: 10).isEmpty)
                #expect(try await store.sessionInfo(dm) == SessionInfo(turns: 0, startedAt: nil))
                #expect(try await store.sessionInfo(group).turns == 1)

                let later = t0.addingTimeInterval(100)
                try await store.appendTurn(session: dm, turn: turn(1), userId: 1, at: later)
                #expect(try await store.recentTurns(session: dm, limit: 10) == [turn(1)])
                #expect(try await store.sessionInfo(dm) == SessionInfo(turns: 1, startedAt: later))
            }
        }
    }

    @Test(arguments: Backend.allCases) func concurrentAppendsOnOneStoreAllLand(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<40 {
                        group.addTask { try await store.appendTurn(session: dm, turn: turn(index), userId: 1, at: t0) }
                    }
                    try await group.waitForAll()
                }
                #expect(try await store.sessionInfo(dm).turns == 40)
            }
        }
    }
}
