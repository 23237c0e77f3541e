import Foundation
import Crypto
import OpenClawCore
import SQLKit
import Testing
import OpenClawStore

@Suite struct SealingTests {
    private let session = SessionKey(rawValue: "telegram:dm:7")
    private let secretText = "my IBAN is GB82WEST12345698765432, call +44 7911 123456"

    private static func key() -> SealingKey { SealingKey(SymmetricKey(size: .bits256)) }

    @Test(arguments: Backend.allCases) func aCopiedDatabaseRevealsNoMessageText(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let keyring = SealingKeyring(current: Self.key())
            let store = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: keyring)
            try await store.appendTurn(session: session, turn: ChatTurn(role: .user, content: secretText), userId: 7, at: t0)
            _ = try await store.inboxAdd(updateId: 1, payload: Data(#"{"message":{"text":"\#(secretText)"}}"#.utf8), receivedAt: t0)
            #expect(try await store.recentTurns(session: session, limit: 5).map(\.content) == [secretText])
            #expect(try await store.inboxPending(limit: 5).map { String(decoding: $0.payload, as: UTF8.self) }.first?.contains(secretText) == true)
            let whileOpen = try await databaseBytes(temp)
            try await store.close()
            let afterClose = try await databaseBytes(temp)
            for bytes in [whileOpen, afterClose] {
                #expect(bytes.range(of: Data("GB82WEST".utf8)) == nil)
                #expect(bytes.range(of: Data("7911 123456".utf8)) == nil)
            }
        }
    }

    @Test(arguments: Backend.allCases) func withoutTheKeyStoredTextStaysUnreadable(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let store = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: SealingKeyring(current: Self.key()))
            try await store.appendTurn(session: session, turn: ChatTurn(role: .user, content: secretText), userId: 7, at: t0)
            try await store.close()
            try await withStore(in: temp) { plain in
                let error = await #expect(throws: StoreError.self) { try await plain.recentTurns(session: session, limit: 5) }
                #expect(error?.code == .sealed)
                #expect(error?.description.contains("GB82") == false)
            }
            let wrongKey = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: SealingKeyring(current: Self.key()))
            let error = await #expect(throws: StoreError.self) { try await wrongKey.recentTurns(session: session, limit: 5) }
            #expect(error?.code == .sealed)
            try await wrongKey.close()
        }
    }

    @Test(arguments: Backend.allCases) func aRotatedKeyStillOpensOlderRows(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let old = Self.key()
            let keyring = SealingKeyring(current: old)
            let store = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: keyring)
            try await store.appendTurn(session: session, turn: ChatTurn(role: .user, content: "before"), userId: 7, at: t0)
            keyring.rotate(to: Self.key())
            try await store.appendTurn(session: session, turn: ChatTurn(role: .assistant, content: "after"), userId: 7, at: t0)
            #expect(try await store.recentTurns(session: session, limit: 5).map(\.content) == ["before", "after"])
            try await store.close()
        }
    }

    @Test func aValueMovedToAnotherSessionFailsToOpen() throws {
        let keyring = SealingKeyring(current: Self.key())
        let sealed = try keyring.seal("hello", context: "messages:telegram:dm:1")
        #expect(try keyring.open(sealed, context: "messages:telegram:dm:1") == "hello")
        #expect(throws: SealingError.tampered) { try keyring.open(sealed, context: "messages:telegram:dm:2") }
        var flipped = sealed
        flipped[flipped.count - 1] ^= 1
        #expect(throws: SealingError.tampered) { try keyring.open(flipped, context: "messages:telegram:dm:1") }
        #expect(throws: SealingError.malformedValue) { try keyring.open(Data("plain".utf8), context: "x") }
    }

    @Test(arguments: Backend.allCases) func rowsWrittenBeforeEncryptionWasOnAreSealedLater(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { plain in
                try await plain.appendTurn(session: session, turn: ChatTurn(role: .user, content: secretText), userId: 7, at: t0)
                _ = try await plain.inboxAdd(updateId: 9, payload: Data(#"{"text":"\#(secretText)"}"#.utf8), receivedAt: t0)
            }
            #expect(try await databaseBytes(temp).range(of: Data("GB82WEST".utf8)) != nil)
            let store = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: SealingKeyring(current: Self.key()))
            #expect(try await store.sealOutstandingRows() == 2)
            #expect(try await store.sealOutstandingRows() == 0)
            #expect(try await store.recentTurns(session: session, limit: 5).map(\.content) == [secretText])
            try await store.close()
            #expect(try await databaseBytes(temp).range(of: Data("GB82WEST".utf8)) == nil)
            try await withStore(in: temp) { plain in
                await #expect(throws: StoreError.self) { try await plain.recentTurns(session: session, limit: 5) }
            }
        }
    }

    @Test func malformedKeysAreRefusedWithoutEchoingThem() {
        #expect(throws: SealingError.malformedKey) { try SealingKey(base64: "c2hvcnQ=") }
        #expect(!SealingError.malformedKey.description.contains("c2hvcnQ"))
    }
}

@Suite struct KeyRotationSealingTests {
    @Test(arguments: Backend.allCases) func afterRotationEveryRowIsResealedAndTheOldKeyIsNoLongerNeeded(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let old = SealingKey(SymmetricKey(size: .bits256))
            let new = SealingKey(SymmetricKey(size: .bits256))
            let session = SessionKey(rawValue: "telegram:dm:3")
            let keyring = SealingKeyring(current: old)
            let store = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: keyring)
            try await store.appendTurn(session: session, turn: ChatTurn(role: .user, content: "under the old key"), userId: 3, at: t0)
            _ = try await store.inboxAdd(updateId: 5, payload: Data(#"{"x":1}"#.utf8), receivedAt: t0)
            keyring.rotate(to: new)
            #expect(try await store.sealOutstandingRows() == 2)
            #expect(try await store.sealOutstandingRows() == 0)
            try await store.close()

            let newOnly = try await OpenClawStore.open(temp.location, logger: testLogger, keyring: SealingKeyring(current: new))
            #expect(try await newOnly.recentTurns(session: session, limit: 5).map(\.content) == ["under the old key"])
            #expect(try await newOnly.inboxPending(limit: 5).map(\.payload) == [Data(#"{"x":1}"#.utf8)])
            try await newOnly.close()
        }
    }
}
