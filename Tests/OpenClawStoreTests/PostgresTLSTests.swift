import OpenClawCore
import OpenClawStore
import Testing

/// TLS to PostgreSQL is required unless the server is on loopback or the config says `disable`.
@Suite struct PostgresTLSTests {
    @Test func tlsIsRequiredOffLoopbackUnlessDisabledInWriting() throws {
        let remote = try #require(PostgresURL("postgresql://bot:pw@db.example.org/openclaw"))
        let local = try #require(PostgresURL("postgresql://bot:pw@127.0.0.1/openclaw"))
        #expect(PostgresLocation(url: remote).effectiveTLS == .require)
        #expect(PostgresLocation(url: remote, tls: .disable).effectiveTLS == .disable)
        #expect(PostgresLocation(url: local).effectiveTLS == .disable)
        #expect(PostgresLocation(url: local, tls: .require).effectiveTLS == .require)
    }

    /// The test server speaks plain text only: a store that requires TLS refuses it rather than
    /// sending the password in the clear, and the error names the server, never the credentials.
    @Test func aStoreRequiringTLSRefusesAPlainTextServer() async throws {
        try await withTestPlace(.postgres) { place in
            guard case .postgres(var location) = place.location else { return }
            location.tls = .require
            let error = await #expect(throws: StoreError.self) {
                try await OpenClawStore.open(.postgres(location), logger: testLogger)
            }
            #expect(error?.description.contains(location.url.redacted) == true)
            if let password = location.url.password { #expect(error?.description.contains(password) == false) }
        }
    }
}
