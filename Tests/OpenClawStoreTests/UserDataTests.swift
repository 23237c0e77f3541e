import Foundation
import Crypto
import OpenClawCore
import Testing
import OpenClawStore

@Suite struct UserDataTests {
    private let alice: Int64 = 1001
    private let bob: Int64 = 2002
    private let group = SessionKey(rawValue: "telegram:group:-77")

    private func seed(_ store: OpenClawStore) async throws {
        for (user, word) in [(alice, "alice-marker"), (bob, "bob-marker")] {
            let dm = SessionKey(rawValue: "telegram:dm:\(user)")
            _ = try await store.allowAdd(AllowEntry(channel: "telegram", userId: user, addedAt: t0, source: "pairing"))
            try await store.pairingCreate(
                PairingRequest(channel: "telegram", code: PairingCode(user == alice ? "AAAAAAA2" : "AAAAAAA3")!, userId: user, username: "\(word)-name", createdAt: t0)
            )
            try await store.appendTurn(session: dm, turn: ChatTurn(role: .user, content: "\(word) in dm"), userId: user, at: t0)
            try await store.appendTurn(session: dm, turn: ChatTurn(role: .assistant, content: "reply to \(word)"), userId: user, at: t0)
            try await store.appendTurn(session: group, turn: ChatTurn(role: .user, content: "\(word) in group"), userId: user, at: t0)
            try await store.recordUsage(UsageRecord(time: t0, userId: user, chatId: user, provider: "p", model: "m", tokens: TokenUsage(input: 10, output: 5), costUsd: 0.25))
            try await store.appendAudit(AuditEvent(time: t0, kind: .pairingApproved, userId: user, chatId: user))
            let update = #"{"update_id":\#(user),"message":{"from":{"id":\#(user)},"text":"\#(word) pending"}}"#
            _ = try await store.inboxAdd(updateId: user, payload: Data(update.utf8), receivedAt: t0)
        }
        _ = try await store.setSettingIfAbsent(OpenClawStore.ownerSettingKey, String(alice))
        for user in [alice, bob] {
            _ = try await store.setSettingIfAbsent(OpenClawStore.alertMarkPrefix + "budget:user:\(user):day:2026-11-30:80", "x")
        }
    }

    @Test(arguments: Backend.allCases) func exportHoldsEverythingAboutTheUserAndNothingAboutOthers(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let store = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: SealingKeyring(current: SealingKey(SymmetricKey(size: .bits256))))
            try await seed(store)
            let export = try await store.exportUser(alice, at: t0)
            #expect(export.isOwner)
            #expect(export.accessEntries.count == 1)
            #expect(export.pairingRequests.map(\.username) == ["alice-marker-name"])
            #expect(export.messages.map(\.content) == ["alice-marker in dm", "reply to alice-marker", "alice-marker in group"])
            #expect(export.usage.map(\.costUsd) == [0.25])
            #expect(export.auditEvents.map(\.kind) == ["pairing.approved"])
            #expect(export.pendingUpdates.count == 1 && export.pendingUpdates[0].contains("alice-marker pending"))
            let text = String(decoding: try JSONEncoder().encode(export), as: UTF8.self)
            #expect(!text.contains("bob-marker"))
            try await store.close()
        }
    }

    @Test(arguments: Backend.allCases) func eraseRemovesTheUserAndLeavesOthersWhole(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let store = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: SealingKeyring(current: SealingKey(SymmetricKey(size: .bits256))))
            try await seed(store)
            let bobBefore = try await store.exportUser(bob, at: t0)
            let totalBefore = try await store.usageTotals(since: .distantPast, userId: nil)

            let erased = try await store.eraseUser(alice, requestedBy: "test", at: t0)
            #expect(erased.accessEntries == 1 && erased.pairingRequests == 1 && erased.messages == 3)
            #expect(erased.sessions == 1 && erased.usageAnonymised == 1 && erased.pendingUpdates == 1 && erased.ownerSetting == 1 && erased.alertMarks == 1)
            #expect(try await store.setting(OpenClawStore.alertMarkPrefix + "budget:user:\(bob):day:2026-11-30:80") != nil)

            let after = try await store.exportUser(alice, at: t0)
            #expect(after.accessEntries.isEmpty && after.pairingRequests.isEmpty && after.messages.isEmpty)
            #expect(after.usage.isEmpty && after.auditEvents.isEmpty && after.pendingUpdates.isEmpty && !after.isOwner)
            #expect(try await store.exportUser(bob, at: t0) == bobBefore)
            #expect(try await store.usageTotals(since: .distantPast, userId: nil) == totalBefore)
            #expect(try await store.recentTurns(session: group, limit: 10).map(\.content) == ["bob-marker in group"])
            #expect(try await store.inboxPending(limit: 10).map(\.updateId) == [bob])
            #expect(try await store.inboxAdd(updateId: alice, payload: Data("{}".utf8), receivedAt: t0) == false)
            try await store.close()

            let bytes = try await databaseBytes(temp)
            #expect(bytes.range(of: Data("alice-marker".utf8)) == nil)
            #expect(bytes.range(of: Data("bob-marker-name".utf8)) != nil)
        }
    }
}
