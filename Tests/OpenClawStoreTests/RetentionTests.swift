#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Testing
import OpenClawStore

@Suite struct RetentionTests {
    private let day: TimeInterval = 86_400

    @Test(arguments: Backend.allCases) func prunesPersonalDataPastTheCutoffAndKeepsNewerRows(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                let old = t0.addingTimeInterval(-40 * day)
                let dm = SessionKey(rawValue: "telegram:dm:5")
                try await store.appendTurn(session: dm, turn: ChatTurn(role: .user, content: "old"), userId: 5, at: old)
                try await store.appendTurn(session: SessionKey(rawValue: "telegram:dm:6"), turn: ChatTurn(role: .user, content: "new"), userId: 6, at: t0)
                try await store.pairingCreate(PairingRequest(channel: "telegram", code: PairingCode("ABCDEFGH")!, userId: 5, username: "u", createdAt: old))
                try await store.recordUsage(UsageRecord(time: old, userId: 5, chatId: 5, provider: "p", model: "m", tokens: TokenUsage(input: 1, output: 1), costUsd: 1))
                try await store.recordUsage(UsageRecord(time: t0, userId: 6, chatId: 6, provider: "p", model: "m", tokens: TokenUsage(input: 1, output: 1), costUsd: 2))
                try await store.appendAudit(AuditEvent(time: t0.addingTimeInterval(-400 * day), kind: .pairingDenied))
                try await store.appendAudit(AuditEvent(time: old, kind: .pairingApproved))

                let result = try await store.applyRetention(personalDataBefore: t0.addingTimeInterval(-30 * day), usageBefore: t0.addingTimeInterval(-30 * day), auditBefore: t0.addingTimeInterval(-365 * day), at: t0)
                #expect(result.messages == 1 && result.sessions == 1 && result.pairingRequests == 1)
                #expect(result.usageAnonymised == 1 && result.auditEvents == 1)
                #expect(try await store.recentTurns(session: dm, limit: 5).isEmpty)
                #expect(try await store.sessionInfo(SessionKey(rawValue: "telegram:dm:6")).turns == 1)
                #expect(try await store.usageTotals(since: .distantPast, userId: nil).costUsd == 3)
                #expect(try await store.usageTotals(since: .distantPast, userId: 5).calls == 0)
                #expect(try await store.auditEvents(kindPrefix: nil, limit: 10).map(\.kind) == [.auditPruned, .pairingApproved])

                let again = try await store.applyRetention(personalDataBefore: t0.addingTimeInterval(-30 * day), usageBefore: t0.addingTimeInterval(-30 * day), auditBefore: t0.addingTimeInterval(-365 * day), at: t0)
                #expect(again.total == 0)
            }
        }
    }

    @Test(arguments: Backend.allCases) func alertMarksOfEndedBudgetWindowsArePruned(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                let prefix = OpenClawStore.alertMarkPrefix
                _ = try await store.setSettingIfAbsent(prefix + "budget:user:5:day:2026-11-01:80", "x")
                _ = try await store.setSettingIfAbsent(prefix + "cost-spike:2026-11-01T10", "x")
                _ = try await store.setSettingIfAbsent("other.setting", "kept")
                let now = Date()
                let before = try await store.applyRetention(personalDataBefore: now, usageBefore: now.addingTimeInterval(-3600), auditBefore: .distantPast)
                #expect(before.alertMarks == 0)
                let after = try await store.applyRetention(personalDataBefore: now, usageBefore: now.addingTimeInterval(1), auditBefore: .distantPast)
                #expect(after.alertMarks == 2)
                #expect(try await store.setting("other.setting") == "kept")
            }
        }
    }
}
