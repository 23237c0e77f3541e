/// How one secret stands, worst last; `severity` is the `secrets status` exit code it implies.
package enum SecretState: String, Sendable, Codable, CaseIterable {
    case ok
    /// The id is not one openclaw knows, so its format was not checked.
    case unvalidated
    /// Within `secrets.warnDays` of expiry.
    case rotateSoon = "rotate soon"
    case expired
    case invalidFormat = "invalid format"
    /// Readable or writable by group or others.
    case badPermissions = "bad permissions"
    case missing

    /// 0 fine, 1 warn, 2 act now.
    package var severity: Int {
        switch self {
        case .ok: 0
        case .unvalidated, .rotateSoon: 1
        case .expired, .invalidFormat, .badPermissions, .missing: 2
        }
    }
}
