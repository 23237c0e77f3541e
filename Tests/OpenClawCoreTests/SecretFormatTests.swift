import OpenClawCore
import Testing

/// Formats of the known secrets; refusals name the secret and the rule and never the value.
struct SecretFormatTests {
    static let token = "123456789:AAE-fixture_value_not_real_00000000"

    @Test func aWellFormedTelegramTokenPasses() {
        #expect(KnownSecret.check(id: "telegram_bot_token", value: Self.token) == .valid)
    }

    @Test(arguments: [
        "123456789:AAE-fixture_value_not_real_0000000",  // 34 after the colon
        "1234:AAE-fixture_value_not_real_00000000",  // 4 digits
        "123456789AAE-fixture_value_not_real_00000000",  // no colon
        "123456789:AAE-fixture_val ue_not_real_00000000",  // a space
    ])
    func aMalformedTelegramTokenIsRefusedWithoutEchoingIt(value: String) throws {
        let check = KnownSecret.check(id: "telegram_bot_token", value: value)
        guard case .invalid(let error) = check else {
            Issue.record("accepted a malformed token")
            return
        }
        let message = error.description
        #expect(message.contains("telegram_bot_token"))
        #expect(message.contains("<5-16 digits>:<35 characters of A-Za-z0-9_->"))
        Self.expectNoPart(of: value, in: message)
    }

    @Test func aShortWebhookSecretIsRefusedNamingTheRule() {
        let value = "Qw7-Zk2_Lp9-Mx4_Rt6-Vb3_Hn8-Jd5"
        #expect(value.count == 31)
        guard case .invalid(let error) = KnownSecret.check(id: "telegram_webhook_secret", value: value) else {
            Issue.record("accepted a 31-character webhook secret")
            return
        }
        #expect(error.description == "secret 'telegram_webhook_secret' does not have the expected format: 32 to 256 characters of A-Za-z0-9_-")
        Self.expectNoPart(of: value, in: error.description)
        #expect(KnownSecret.check(id: "telegram_webhook_secret", value: value + "x") == .valid)
        #expect(KnownSecret.check(id: "telegram_webhook_secret", value: String(repeating: "a", count: 257)) != .valid)
        #expect(KnownSecret.check(id: "telegram_webhook_secret", value: String(repeating: "a", count: 31) + "!") != .valid)
    }

    @Test func providerKeysStorageKeyAndPasswordRules() {
        #expect(KnownSecret.check(id: "anthropic_api_key", value: "sk-ant-api03-fixture_not_a_real_key") == .valid)
        #expect(KnownSecret.check(id: "anthropic_api_key", value: "sk-fixture_not_a_real_key_0000") != .valid)
        #expect(KnownSecret.check(id: "openai_api_key", value: "sk-proj-fixture_not_a_real_key_0000") == .valid)
        #expect(KnownSecret.check(id: "openai_api_key", value: "sk-short") != .valid)
        #expect(KnownSecret.check(id: "storage_encryption_key", value: String(repeating: "A", count: 43) + "=") == .valid)
        #expect(KnownSecret.check(id: "storage_encryption_key", value: String(repeating: "A", count: 22) + "==") != .valid)
        #expect(KnownSecret.check(id: "grafana_admin_password", value: "fixture-Password-1") == .valid)
        #expect(KnownSecret.check(id: "grafana_admin_password", value: "fixturepassword-long") != .valid, "2 classes only")
        #expect(KnownSecret.check(id: "grafana_admin_password", value: "Fixture-Pass-1") != .valid, "14 characters")
        #expect(KnownSecret.check(id: "gateway_token", value: String(repeating: "f", count: 31)) != .valid)
        #expect(KnownSecret.check(id: "smtp_password", value: "x") == .valid)
    }

    @Test func unknownIdsAreUnvalidatedAndEmptyIsAlwaysRefused() {
        #expect(KnownSecret.check(id: "my_custom_secret", value: "anything") == .unvalidated)
        guard case .invalid(let error) = KnownSecret.check(id: "my_custom_secret", value: "") else {
            Issue.record("accepted an empty value")
            return
        }
        #expect(error.code == .empty)
    }

    @Test(arguments: ["../etc/passwd", "token.previous", "Token", "", "a b", ".openclaw-secrets.json"])
    func idsThatAreNotSafeFileNamesAreRefused(id: String) {
        #expect(throws: SecretFormatError.self) { try KnownSecret.checkId(id) }
    }

    @Test func everyGeneratedValuePassesItsOwnFormat() {
        for known in KnownSecret.all {
            guard let generator = known.generator else { continue }
            for _ in 0..<50 {
                #expect(KnownSecret.check(id: known.id, value: generator.generate()) == .valid, "\(known.id)")
            }
        }
        #expect(SecretGenerator.hex(bytes: 24).generate().count == 48)
        #expect(SecretGenerator.hex(bytes: 24).generate() != SecretGenerator.hex(bytes: 24).generate())
        #expect(KnownSecret.all.filter(\.isGeneratable).map(\.id).sorted()
            == ["audit_signing_key", "backup_encryption_key", "gateway_token", "grafana_admin_password", "storage_encryption_key", "telegram_webhook_secret"])
    }

    @Test func aFingerprintIsEightHexCharactersOfSHA256() {
        // SHA-256("abc") = ba7816bf…
        #expect(SecretFingerprint.of("abc") == "ba7816bf")
    }

    /// No run of 4 or more characters of the value shows up in the message.
    static func expectNoPart(of value: String, in message: String) {
        let characters = Array(value)
        guard characters.count >= 4 else { return }
        for start in 0...(characters.count - 4) {
            let piece = String(characters[start..<start + 4])
            if piece.allSatisfy({ $0.isNumber }) { continue }
            #expect(!message.contains(piece), "message contains part of the value: \(piece)")
        }
    }
}
