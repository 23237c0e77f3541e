public import OpenClawCore

/// A model's reply, with the usage to bill and the model that actually answered.
public struct Completion: Sendable, Equatable {
    /// The reply text.
    public var text: String
    /// Token usage as reported, or estimated (`usage.estimated`) when the provider sent none.
    public var usage: TokenUsage
    /// The model that answered: the primary or one of the fallbacks.
    public var ref: ModelRef
    /// HTTP attempts made across all models, including the one that succeeded.
    public var attempts: Int

    /// Creates a completion.
    public init(text: String, usage: TokenUsage, ref: ModelRef, attempts: Int) {
        self.text = text
        self.usage = usage
        self.ref = ref
        self.attempts = attempts
    }
}
