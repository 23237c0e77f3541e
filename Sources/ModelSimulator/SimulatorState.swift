/// Everything the simulator's settings and recordings hold; guarded by one `Mutex`.
struct SimulatorState: Sendable {
    var requests: [SimulatedRequest] = []
    var scriptedReplies: [String] = []
    var replyFunction: (@Sendable (SimulatedRequest) -> String)?
    var failures: [SimulatedFailure] = []
    var latency: Duration = .zero
    var omitUsage = false
    var malformedJSON = false
    var cacheRead = 0
    var cacheWrite = 0
    var acceptedKeys: Set<String>?
    var reportedTokens: (input: Int, output: Int)?

    /// Records the request and decides, atomically, how to answer it.
    mutating func admit(_ request: SimulatedRequest) -> ResponsePlan {
        requests.append(request)
        var plan = ResponsePlan(
            latency: latency, omitUsage: omitUsage, malformedJSON: malformedJSON, cacheRead: cacheRead, cacheWrite: cacheWrite,
            reportedTokens: reportedTokens
        )
        if let accepted = acceptedKeys, !accepted.contains(request.presentedKey ?? "") {
            plan.failure = SimulatedFailure(status: 401, remaining: 1, retryAfter: nil, model: nil)
            return plan
        }
        if let index = failures.firstIndex(where: { $0.matches(model: request.model) }) {
            plan.failure = failures[index]
            failures[index].remaining -= 1
            if failures[index].remaining == 0 { failures.remove(at: index) }
            return plan
        }
        if !scriptedReplies.isEmpty {
            plan.reply = .text(scriptedReplies.removeFirst())
        } else if let replyFunction {
            plan.reply = .function(replyFunction)
        }
        return plan
    }
}

/// How to answer one request, decided under the lock and performed outside it.
struct ResponsePlan: Sendable {
    enum Reply: Sendable {
        case echo
        case text(String)
        case function(@Sendable (SimulatedRequest) -> String)
    }

    var latency: Duration
    var omitUsage: Bool
    var malformedJSON: Bool
    var cacheRead: Int
    var cacheWrite: Int
    var reportedTokens: (input: Int, output: Int)?
    var failure: SimulatedFailure?
    var reply: Reply = .echo

    func text(for request: SimulatedRequest) -> String {
        switch reply {
        case .echo: "echo: \(request.lastUserMessage ?? "")"
        case .text(let text): text
        case .function(let function): function(request)
        }
    }
}
