/// How a model call ended (`openclaw_llm_calls_total{outcome}`, the request-duration histogram).
enum CallOutcome: String, Sendable {
    case ok
    case error

    init(succeeded: Bool) { self = succeeded ? .ok : .error }
}
