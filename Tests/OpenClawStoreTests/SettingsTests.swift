#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Testing
import OpenClawStore

@Suite struct SettingsTests {
    @Test(arguments: Backend.allCases) func setReplaceAndSetIfAbsent(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                #expect(try await store.setting("owner") == nil)
                #expect(try await store.setSettingIfAbsent("owner", "42"))
                #expect(try await store.setSettingIfAbsent("owner", "43") == false)
                #expect(try await store.setting("owner") == "42")
                try await store.setSetting("owner", "44")
                #expect(try await store.setting("owner") == "44")
            }
        }
    }

    @Test(arguments: Backend.allCases) func hostileTextIsStoredVerbatim(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let hostile = #"x'); DROP TABLE settings; --"quoted" \ ? ?1 $1 %_"#
            try await withStore(in: temp) { store async throws in
                try await store.setSetting(hostile, hostile)
                #expect(try await store.setting(hostile) == hostile)

                let session = SessionKey(rawValue: hostile)
                try await store.appendTurn(session: session, turn: ChatTurn(role: .user, content: hostile), userId: nil, at: t0)
                #expect(try await store.recentTurns(session: session, limit: 1) == [ChatTurn(role: .user, content: hostile)])

                let event = AuditEvent(time: t0, kind: .accessDenied, details: [hostile: hostile])
                let id = try await store.appendAudit(event)
                var stored = event
                stored.id = id
                #expect(try await store.auditEvents(kindPrefix: "access.", limit: 1) == [stored])
                #expect(try await store.auditEvents(kindPrefix: hostile, limit: 1).isEmpty)
            }
            // Every table is still there after reopening.
            try await withStore(in: temp) { store async throws in
                #expect(try await store.setting(hostile) == hostile)
                #expect(try await store.appliedMigrations().map(\.version) == Array(1...8))
            }
        }
    }
}
