extension ConfigParser {
    static func parseProviders(_ top: ConfigObject) -> [String: ProviderConfig] {
        guard let models = top.object("models") else { return [:] }
        var providers: [String: ProviderConfig] = [:]
        for (id, value) in models.map("providers") {
            guard let section = models.entry(id, of: "providers", value) else { continue }
            guard let apiText = section.string("api"), let api = ProviderAPI(rawValue: apiText) else {
                section.issues.add(section.keyPath("api"), "must be one of \(ProviderAPI.allCases.map(\.rawValue).joined(separator: " | "))")
                continue
            }
            guard let baseUrl = section.string("baseUrl"), let endpoint = EndpointURL(baseUrl) else {
                section.issues.add(section.keyPath("baseUrl"), "required: the provider's http(s) base URL, with a host and no user@")
                continue
            }
            let allowInsecureHttp = section.bool("allowInsecureHttp", default: false)
            if !endpoint.isHTTPS, !endpoint.isLoopback, !allowInsecureHttp {
                section.issues.add(
                    section.keyPath("baseUrl"),
                    "http:// to a host that is not loopback sends the API key and every prompt in clear text; use https://, "
                        + "or set \(section.keyPath("allowInsecureHttp")): true for a server on a network you trust"
                )
            }
            providers[id] = ProviderConfig(
                id: id,
                api: api,
                baseUrl: baseUrl.hasSuffix("/") ? String(baseUrl.dropLast()) : baseUrl,
                apiKey: section.secretRef("apiKey"),
                models: parseModelEntries(section),
                timeoutSeconds: section.int("timeoutSeconds", default: 60, range: 1...600),
                allowInsecureHttp: allowInsecureHttp
            )
        }
        return providers
    }

    private static func parseModelEntries(_ section: ConfigObject) -> [ModelEntry] {
        guard case .array(let items)? = section.members["models"] else {
            if section.has("models") { section.issues.add(section.keyPath("models"), "expected an array of models") }
            return []
        }
        return items.enumerated().compactMap { index, item in
            guard let model = section.item(index, of: "models", item) else { return nil }
            guard let id = model.string("id"), !id.isEmpty else {
                section.issues.add(model.keyPath("id"), "required")
                return nil
            }
            return ModelEntry(id: id, cost: model.has("cost") ? parseCost(model) : nil)
        }
    }

    /// `{input, output, cacheRead, cacheWrite}` in USD per 1M tokens; input and output are required,
    /// so a price never silently bills a token type at zero.
    private static func parseCost(_ model: ConfigObject) -> ModelCost? {
        guard let cost = model.object("cost") else { return nil }
        for key in ["input", "output"] where !cost.has(key) {
            cost.issues.add(cost.keyPath(key), "required: USD per 1M \(key) tokens (0 for a free model)")
        }
        let range = ModelCost.perMillionRange
        return ModelCost(
            input: cost.double("input", default: 0, range: range),
            output: cost.double("output", default: 0, range: range),
            cacheRead: cost.double("cacheRead", default: 0, range: range),
            cacheWrite: cost.double("cacheWrite", default: 0, range: range)
        )
    }

    static func parseAgents(_ top: ConfigObject, providers: [String: ProviderConfig]) -> AgentDefaults? {
        guard let agents = top.object("agents"),
            let section = agents.object("defaults")
        else { return nil }
        guard let modelText = section.string("model") else {
            section.issues.add(section.keyPath("model"), "required: a \"provider/model\" reference")
            return nil
        }
        let primary = modelRef(modelText, path: section.keyPath("model"), providers: providers, issues: section.issues)
        let fallbacks = section.stringArray("fallbacks").enumerated().compactMap { index, text in
            modelRef(text, path: section.keyPath("fallbacks") + "[\(index)]", providers: providers, issues: section.issues)
        }
        guard let primary else { return nil }
        return AgentDefaults(
            model: primary,
            fallbacks: fallbacks,
            systemPrompt: section.string("systemPrompt"),
            maxTokens: section.int("maxTokens", default: 1024, range: 1...200_000),
            historyLimit: section.int("historyLimit", default: 20, range: 0...500)
        )
    }

    private static func modelRef(_ text: String, path: String, providers: [String: ProviderConfig], issues: IssueCollector) -> ModelRef? {
        guard let ref = ModelRef(parsing: text) else {
            issues.add(path, "must be \"provider/model\"")
            return nil
        }
        guard let provider = providers[ref.provider] else {
            let known = providers.keys.sorted().joined(separator: ", ")
            issues.add(path, "provider \"\(ref.provider)\" is not configured in models.providers (configured: \(known.isEmpty ? "none" : known))")
            return nil
        }
        if !provider.models.isEmpty, provider.model(ref.model) == nil {
            issues.add(path, "model \"\(ref.model)\" is not listed in models.providers.\(ref.provider).models")
            return nil
        }
        return ref
    }
}
