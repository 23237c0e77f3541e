/// How bad a finding is: `critical` makes `openclaw security audit` exit non-zero.
package enum AuditSeverity: String, Sendable, Codable, Comparable, CaseIterable {
    case info
    case warn
    case critical

    package static func < (left: Self, right: Self) -> Bool {
        left.rank < right.rank
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warn: 1
        case .critical: 2
        }
    }
}
