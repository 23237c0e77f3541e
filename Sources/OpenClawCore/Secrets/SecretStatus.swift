#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// One row of `secrets status`: computed, never holding the value.
package struct SecretStatus: Sendable, Equatable, Codable {
    package var id: String
    package var state: SecretState
    /// Whole days since the value was written; nil when missing.
    package var ageDays: Int?
    /// Whole days until expiry (negative once expired); nil when missing.
    package var expiresInDays: Int?
    package var expires: Date?
    package var fingerprint: String?
    /// The rule broken or the fix to apply; never the value.
    package var detail: String?

    package init(
        id: String, state: SecretState, ageDays: Int? = nil, expiresInDays: Int? = nil,
        expires: Date? = nil, fingerprint: String? = nil, detail: String? = nil
    ) {
        self.id = id
        self.state = state
        self.ageDays = ageDays
        self.expiresInDays = expiresInDays
        self.expires = expires
        self.fingerprint = fingerprint
        self.detail = detail
    }

    /// Decides the state of `id` at `now`. Pure: the clock and the disk are passed in.
    ///
    /// When the file's fingerprint differs from the metadata's (changed by hand), the file's
    /// modification time counts as the rotation date. `roles` are what the configuration uses the
    /// file for; the value is checked by them, or by its id when there are none.
    package static func evaluate(
        id: String, observation: SecretObservation, entry: SecretMetadata.Entry?, policy: SecretPolicy, now: Date,
        roles: [SecretRole] = []
    ) -> SecretStatus {
        guard case .present(let value, let mode, let modified) = observation else {
            return SecretStatus(id: id, state: .missing, detail: "no file \(id) in the secrets directory")
        }
        let fingerprint = SecretFingerprint.of(value)
        let tracked = entry.flatMap { $0.fingerprint == fingerprint ? $0 : nil }
        let rotated = tracked?.rotated ?? modified
        let expires = tracked?.expires ?? rotated.addingTimeInterval(Double(policy.maxAgeDays) * 86_400)
        var status = SecretStatus(
            id: id, state: .ok,
            ageDays: days(now.timeIntervalSince(rotated)),
            expiresInDays: days(expires.timeIntervalSince(now), rounding: .up),
            expires: expires, fingerprint: fingerprint
        )
        if tracked == nil, entry != nil { status.detail = "changed outside openclaw; age counted from the file's time" }
        switch KnownSecret.check(id: id, value: value, roles: roles) {
        case .invalid(let error):
            status.state = .invalidFormat
            status.detail = error.description
        case _ where mode & 0o077 != 0:
            status.state = .badPermissions
            status.detail = "mode \(String(mode, radix: 8)); run: chmod 600 \(id)"
        case _ where now >= expires:
            status.state = .expired
        case _ where expires.timeIntervalSince(now) <= Double(policy.warnDays) * 86_400:
            status.state = .rotateSoon
        case .unvalidated:
            status.state = .unvalidated
            status.detail = "not a known secret id; format not checked"
        default:
            break
        }
        return status
    }

    /// The exit code for a set of rows: the worst severity.
    package static func exitCode(of statuses: [SecretStatus]) -> Int32 {
        Int32(statuses.map(\.state.severity).max() ?? 0)
    }

    private static func days(_ interval: TimeInterval, rounding: FloatingPointRoundingRule = .down) -> Int {
        Int((interval / 86_400).rounded(rounding))
    }
}
