import OpenClawCore

/// Which limit refused a message (`openclaw_ratelimited_total{scope}`): a rate rule, the input
/// length cap, or the per-user queue.
enum RateLimitedScope: Sendable, Hashable {
    case rule(LimitScope)
    case inputLength
    case queue

    var label: String {
        switch self {
        case .rule(let scope): scope.rawValue
        case .inputLength: "input_length"
        case .queue: "queue"
        }
    }

    static var all: [RateLimitedScope] { LimitScope.allCases.map(RateLimitedScope.rule) + [.inputLength, .queue] }
}
