package import OpenClawCore

/// Fills in token counts a provider did not report, so usage is never silently zero.
package enum UsageEstimate {
    /// About four characters per token, at least one token.
    package static func tokens(forCharacters count: Int) -> Int {
        max(1, (count + 3) / 4)
    }

    /// Characters of everything sent as prompt: the system prompt and every turn.
    package static func promptCharacters(of request: CompletionRequest) -> Int {
        (request.system?.count ?? 0) + request.turns.reduce(0) { $0 + $1.content.count }
    }

    /// The most tokens one call is counted with, per token type: far above any model's context,
    /// and small enough that no sum or price of them can overflow.
    package static let maxTokensPerCall = 10_000_000

    /// A token count as a provider reported it, clamped to `0...maxTokensPerCall`: the figure
    /// comes from the network, and a negative one would lower the ledger under a budget.
    package static func clamped(_ reported: Int) -> Int {
        min(max(reported, 0), maxTokensPerCall)
    }

    /// Reported figures (clamped) where present, estimates where not; `estimated` is set if any was estimated.
    package static func resolve(
        input: Int?,
        output: Int?,
        cacheRead: Int? = nil,
        cacheWrite: Int? = nil,
        request: CompletionRequest,
        reply: String
    ) -> TokenUsage {
        let estimated = input == nil || output == nil
        return TokenUsage(
            input: clamped(input ?? tokens(forCharacters: promptCharacters(of: request))),
            output: clamped(output ?? tokens(forCharacters: reply.count)),
            cacheRead: clamped(cacheRead ?? 0),
            cacheWrite: clamped(cacheWrite ?? 0),
            estimated: estimated
        )
    }
}
