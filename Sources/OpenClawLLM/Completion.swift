package import OpenClawCore

/// A model's reply, with the usage to bill and the model that actually answered.
package struct Completion: Sendable, Equatable {
    /// The reply text.
    package var text: String
    /// Token usage as reported, or estimated (`usage.estimated`) when the provider sent none.
    package var usage: TokenUsage
    /// The model that answered: the primary or one of the fallbacks.
    package var ref: ModelRef
    /// HTTP attempts made across all models, including the one that succeeded.
    package var attempts: Int

    /// Creates a completion.
    package init(text: String, usage: TokenUsage, ref: ModelRef, attempts: Int) {
        self.text = text
        self.usage = usage
        self.ref = ref
        self.attempts = attempts
    }
}
