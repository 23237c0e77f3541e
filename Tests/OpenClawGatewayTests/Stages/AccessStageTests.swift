import OpenClawCore
import OpenClawTesting
@testable import OpenClawGateway
import Testing

/// Access control decided in memory from the config and a grants snapshot: no store, no sockets.
struct AccessStageTests {
    typealias F = StageFixture

    func stage(_ config: OpenClawConfig) -> AccessStage {
        AccessStage(telegram: config.telegram, configuredOwners: config.commands.ownerAllowFrom, denials: DenialRecorder())
    }

    @Test func anAllowlistedSenderIsAdmittedWithEveryOwner() throws {
        let decision = stage(try F.config()).decide(try F.message(from: F.alice, text: "hi"), grants: AccessSnapshot(dmGrants: [], storedOwner: F.bob, migrationRoots: [:]))
        guard case .admitted(let admitted, _) = decision else { Issue.record("not admitted: \(decision)"); return }
        #expect(admitted.sender == F.alice)
        #expect(admitted.owners == [F.alice, F.bob], "config owners and the stored owner")
        #expect(admitted.isOwner)
    }

    @Test func aStrangerUnderPairingGoesToPairingAndAGrantLetsThemIn() throws {
        let access = stage(try F.config())
        let message = try F.message(from: F.mallory, text: "let me in")
        guard case .stranger(let sender, _) = access.decide(message, grants: .empty) else { Issue.record("not a stranger"); return }
        #expect(sender == F.mallory)
        let granted = AccessSnapshot(dmGrants: [F.mallory], storedOwner: nil, migrationRoots: [:])
        guard case .admitted = access.decide(message, grants: granted) else { Issue.record("a granted sender was not admitted"); return }
    }

    @Test func aRevokedStoredOwnerIsNeitherAdmittedNorOwner() throws {
        let access = stage(try F.config())
        let message = try F.message(from: F.bob, text: "/whoami")
        let before = AccessSnapshot(dmGrants: [F.bob], storedOwner: F.bob, migrationRoots: [:])
        guard case .admitted(let admitted, _) = access.decide(message, grants: before), admitted.isOwner else {
            Issue.record("the stored owner was not admitted as owner"); return
        }
        // `allowlist remove` takes the grant and the stored owner role away together.
        guard case .stranger = access.decide(message, grants: .empty) else { Issue.record("a revoked owner still got in"); return }
    }

    @Test func anUnmentionedGroupMessageEndsQuietlyAndAMentionIsAdmittedWithTheGroupEntry() throws {
        let access = stage(try F.config { $0.set([.number(Double(StageFixture.alice)), .number(Double(StageFixture.bob))], at: ["channels", "telegram", "groupAllowFrom"]) })
        let chatter = access.decide(try F.message(from: F.bob, inGroup: F.groupId, text: "lunch?"), grants: .empty)
        guard case .done(let outcome) = chatter else { Issue.record("unmentioned chatter went on"); return }
        #expect(outcome.replies.isEmpty)
        #expect(outcome.audits.isEmpty, "not mentioned is not a refusal of a person")

        let asked = access.decide(try F.message(2, from: F.bob, inGroup: F.groupId, text: "summarise", mention: true), grants: .empty)
        guard case .admitted(let admitted, _) = asked else { Issue.record("a mention was not admitted: \(asked)"); return }
        #expect(admitted.group?.systemPrompt == "You help the group.")
    }

    @Test func aMigratedGroupKeepsItsEntryAndSystemPrompt() throws {
        let access = stage(try F.config { $0.set([.number(Double(StageFixture.bob))], at: ["channels", "telegram", "groupAllowFrom"]) })
        let newId: Int64 = -100_999
        let grants = AccessSnapshot(dmGrants: [], storedOwner: nil, migrationRoots: [newId: F.groupId])
        let decision = access.decide(try F.message(from: F.bob, inGroup: newId, text: "still here?", mention: true), grants: grants)
        guard case .admitted(let admitted, _) = decision else { Issue.record("the migrated group lost access: \(decision)"); return }
        #expect(admitted.group?.systemPrompt == "You help the group.")
    }

    @Test func aRefusedPersonIsAuditedOncePerReasonAndHour() throws {
        let access = stage(try F.config { $0.set("allowlist", at: ["channels", "telegram", "dmPolicy"]) })
        let outcomes = try (1...5).map { id -> Outcome in
            guard case .done(let outcome) = access.decide(try F.message(Int64(id), from: F.mallory, text: "hello?"), grants: .empty) else {
                throw HarnessError("a stranger under dmPolicy allowlist was not refused")
            }
            return outcome
        }
        #expect(outcomes.allSatisfy { $0.replies.isEmpty }, "a refused stranger gets no reply")
        #expect(outcomes.map(\.audits.count) == [1, 0, 0, 0, 0])
        #expect(outcomes[0].audits.first?.kind == .accessDenied)
        #expect(outcomes[0].audits.first?.details["reason"] == "not_allowlisted")
    }
}
