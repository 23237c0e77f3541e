/// A `provider/model` reference as written in `agents.defaults.model` and `fallbacks`.
///
/// Split at the first slash: model ids may themselves contain slashes (`vllm/meta-llama/Llama-3.1-8B`).
package struct ModelRef: Hashable, Sendable, CustomStringConvertible {
    package var provider: String
    package var model: String

    package init(provider: String, model: String) {
        self.provider = provider
        self.model = model
    }

    package init?(parsing text: String) {
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let provider = String(text[..<slash])
        let model = String(text[text.index(after: slash)...])
        guard !provider.isEmpty, !model.isEmpty else { return nil }
        self.init(provider: provider, model: model)
    }

    package var description: String { "\(provider)/\(model)" }
}
