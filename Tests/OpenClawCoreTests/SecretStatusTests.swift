import Foundation
import OpenClawCore
import Testing

/// `SecretStatus.evaluate` with an injected clock: ok, rotate soon, expired, and the other states.
struct SecretStatusTests {
    static let day: TimeInterval = 86_400
    static let rotated = Date(timeIntervalSince1970: 1_700_000_000)
    static let token = SecretFormatTests.token
    let policy = SecretPolicy(maxAgeDays: 90, warnDays: 14)

    func entry(_ value: String) -> SecretMetadata.Entry {
        var metadata = SecretMetadata()
        metadata.record(id: "telegram_bot_token", value: value, now: Self.rotated, maxAgeDays: 90)
        return metadata.secrets["telegram_bot_token"]!
    }

    func status(at days: Double, value: String = token, mode: Int = 0o600, id: String = "telegram_bot_token") -> SecretStatus {
        SecretStatus.evaluate(
            id: id,
            observation: .present(value: value, mode: mode, modified: Self.rotated),
            entry: entry(value), policy: policy, now: Self.rotated.addingTimeInterval(days * Self.day)
        )
    }

    @Test func stateFollowsAgeAgainstMaxAgeAndWarnDays() {
        #expect(status(at: 0).state == .ok)
        #expect(status(at: 0).expiresInDays == 90)
        #expect(status(at: 75.9).state == .ok)
        #expect(status(at: 76).state == .rotateSoon)
        #expect(status(at: 89.9).state == .rotateSoon)
        #expect(status(at: 90).state == .expired)
        #expect(status(at: 100).expiresInDays == -10)
        #expect(status(at: 100).ageDays == 100)
    }

    @Test func exitCodesAreWorstSeverity() {
        #expect(SecretStatus.exitCode(of: [status(at: 1)]) == 0)
        #expect(SecretStatus.exitCode(of: [status(at: 1), status(at: 80)]) == 1)
        #expect(SecretStatus.exitCode(of: [status(at: 80), status(at: 91)]) == 2)
        #expect(SecretStatus.exitCode(of: []) == 0)
    }

    @Test func formatPermissionsAndMissingOutrankAge() {
        let invalid = status(at: 1, value: "not-a-token")
        #expect(invalid.state == .invalidFormat)
        #expect(invalid.detail?.contains("not-a-token") == false)
        #expect(status(at: 1, mode: 0o640).state == .badPermissions)
        #expect(status(at: 1, mode: 0o604).state == .badPermissions)
        let missing = SecretStatus.evaluate(id: "gateway_token", observation: .missing, entry: nil, policy: policy, now: Self.rotated)
        #expect(missing.state == .missing && missing.state.severity == 2)
        #expect(status(at: 1, value: "anything", id: "custom_secret").state == .unvalidated)
    }

    @Test func aFileChangedByHandCountsFromItsModificationTime() {
        let changed = Self.rotated.addingTimeInterval(50 * Self.day)
        let other = "987654321:AAE-fixture_value_not_real_11111111"
        let result = SecretStatus.evaluate(
            id: "telegram_bot_token",
            observation: .present(value: other, mode: 0o600, modified: changed),
            entry: entry(Self.token), policy: policy, now: changed.addingTimeInterval(Self.day)
        )
        #expect(result.state == .ok)
        #expect(result.ageDays == 1)
        #expect(result.detail?.contains("changed outside openclaw") == true)
    }

    /// Ids in the metadata name files in the secrets folder: one that is no plain file name is refused.
    @Test(arguments: ["../x", "../../etc/passwd", "a/b", "..", ".", "x\u{0}y"])
    func metadataNamingAPathIsRefused(id: String) throws {
        var metadata = SecretMetadata()
        metadata.record(id: id, value: "v", now: Date(), maxAgeDays: 90)
        #expect(throws: DecodingError.self) { try SecretMetadata.decode(try metadata.encoded()) }
        var plain = SecretMetadata()
        plain.record(id: "telegram_bot_token", value: "v", now: Date(), maxAgeDays: 90)
        #expect(try SecretMetadata.decode(try plain.encoded()).secrets.keys.sorted() == ["telegram_bot_token"])
    }
}
