extension ConfigParser {
    /// `contentFilter`: action, threshold, the operator's block lists and the built-in rules to
    /// switch off. Each bad pattern or rule id is reported at its own index.
    static func parseContentFilter(_ top: ConfigObject) -> ContentFilterConfig {
        let defaults = ContentFilterConfig.default
        guard let section = top.object("contentFilter") else { return defaults }
        let words = section.stringArray("blockWords")
        for (index, word) in words.enumerated() where WordTokenizer.foldedWords(of: word).isEmpty {
            section.issues.add("\(section.keyPath("blockWords"))[\(index)]", "must contain a letter or digit")
        }
        let patterns = section.stringArray("blockPatterns")
        for (index, pattern) in patterns.enumerated() where CompiledPattern(pattern) == nil {
            section.issues.add("\(section.keyPath("blockPatterns"))[\(index)]", "not a valid regular expression")
        }
        let rules = section.stringArray("disabledRules")
        for (index, rule) in rules.enumerated() where !ContentFilter.ruleIds.contains(rule) {
            section.issues.add(
                "\(section.keyPath("disabledRules"))[\(index)]",
                "unknown rule id (known: \(ContentFilter.ruleIds.joined(separator: ", ")))"
            )
        }
        return ContentFilterConfig(
            action: section.oneOf("action", default: defaults.action),
            threshold: section.int("threshold", default: defaults.threshold, range: 1...1_000),
            blockWords: words,
            blockPatterns: patterns,
            disabledRules: Set(rules)
        )
    }

    /// The `contentFilter` section on its own, read as the whole configuration would read it; for
    /// tests and tools that check one section.
    static func contentFilter(from section: JSONValue) throws(ConfigError) -> ContentFilterConfig {
        let issues = IssueCollector()
        guard let top = ConfigObject(["contentFilter": section], path: "", schemaPath: "", knownKeys: ["contentFilter"], issues: issues) else {
            throw ConfigError(issues.issues)
        }
        let config = parseContentFilter(top)
        guard issues.issues.isEmpty else { throw ConfigError(issues.issues) }
        return config
    }
}
