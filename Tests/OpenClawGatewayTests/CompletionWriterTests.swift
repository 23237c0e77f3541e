import Foundation
import Logging
import OpenClawCore
import OpenClawStore
import Testing
@testable import OpenClawGateway

/// Group commit of completions: many lanes finishing at once share transactions, and each still
/// gets back exactly its own replies, stored whole, with its turns and its update marked done.
@Suite struct CompletionWriterTests {
    @Test func concurrentCompletionsEachGetTheirOwnReplies() async throws {
        let directory = FileManager.default.temporaryDirectory.path + "/openclaw-writer-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await OpenClawStore.withOpen(directory: directory, logger: Logger(label: "test")) { store in
            let t0 = Date(timeIntervalSince1970: 1_700_000_000)
            let writer = CompletionWriter(store: store, now: { t0 })
            let updates = Int64(1)...40
            for id in updates { #expect(try await store.inboxAdd(updateId: id, payload: Data("{}".utf8), receivedAt: t0)) }

            let queued = try await withThrowingTaskGroup(of: (Int64, [OutboxMessage]).self) { group in
                for id in updates {
                    group.addTask {
                        let session = SessionKey(rawValue: "telegram:dm:\(id)")
                        // 1 to 3 replies each, so a wrong slice of a group's replies shows.
                        let replies = (0..<(id % 3 + 1)).map { OutboxMessage(chatId: id, text: "reply \($0) to \(id)", createdAt: t0) }
                        let completion = UpdateCompletion(
                            updateId: id,
                            turns: [
                                .init(session: session, turn: ChatTurn(role: .user, content: "question \(id)"), userId: id),
                                .init(session: session, turn: ChatTurn(role: .assistant, content: "answer \(id)"), userId: id),
                            ],
                            replies: replies
                        )
                        return (id, try await writer.write([completion]))
                    }
                }
                return try await group.reduce(into: [Int64: [OutboxMessage]]()) { $0[$1.0] = $1.1 }
            }

            for id in updates {
                let mine = try #require(queued[id])
                #expect(mine.map(\.text) == (0..<(id % 3 + 1)).map { "reply \($0) to \(id)" })
                #expect(mine.allSatisfy { $0.chatId == id && $0.id != nil })
                let turns = try await store.recentTurns(session: SessionKey(rawValue: "telegram:dm:\(id)"), limit: 10)
                #expect(turns.map(\.content) == ["question \(id)", "answer \(id)"])
            }
            let stored = try await store.outboxPending(limit: 1000)
            #expect(Set(stored.compactMap(\.id)) == Set(queued.values.flatMap { $0.compactMap(\.id) }))
            #expect(stored.count == updates.reduce(0) { $0 + Int($1 % 3 + 1) })
            #expect(try await store.inboxPendingIds(limit: 100).isEmpty)
        }
    }
}
