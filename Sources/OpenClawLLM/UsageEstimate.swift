public import OpenClawCore

/// Fills in token counts a provider did not report, so usage is never silently zero.
public enum UsageEstimate {
    /// About four characters per token, at least one token.
    public static func tokens(forCharacters count: Int) -> Int {
        max(1, (count + 3) / 4)
    }

    /// Characters of everything sent as prompt: the system prompt and every turn.
    public static func promptCharacters(of request: CompletionRequest) -> Int {
        (request.system?.count ?? 0) + request.turns.reduce(0) { $0 + $1.content.count }
    }

    /// Reported figures where present, estimates where not; `estimated` is set if any was estimated.
    public static func resolve(
        input: Int?,
        output: Int?,
        cacheRead: Int? = nil,
        cacheWrite: Int? = nil,
        request: CompletionRequest,
        reply: String
    ) -> TokenUsage {
        let estimated = input == nil || output == nil
        return TokenUsage(
            input: input ?? tokens(forCharacters: promptCharacters(of: request)),
            output: output ?? tokens(forCharacters: reply.count),
            cacheRead: cacheRead ?? 0,
            cacheWrite: cacheWrite ?? 0,
            estimated: estimated
        )
    }
}
