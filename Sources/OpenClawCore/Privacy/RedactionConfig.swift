/// Which kinds the redactor replaces, and with what.
package struct RedactionConfig: Sendable, Equatable {
    /// Kinds that are detected and replaced; others pass through.
    package var enabled: Set<RedactionKind>
    /// Replacement text per kind; a kind not listed uses `RedactionKind.defaultReplacement`.
    /// Texts in place of the built-in ones. Only a text in square brackets keeps the promise that
    /// the output holds nothing the redactor finds (the config allows no other, `ConfigParser`).
    package var replacements: [RedactionKind: String]

    /// Every kind enabled, default replacement tokens.
    package init(enabled: Set<RedactionKind> = Set(RedactionKind.allCases), replacements: [RedactionKind: String] = [:]) {
        self.enabled = enabled
        self.replacements = replacements
    }

    /// Every kind, personal data and secrets.
    package static let all = RedactionConfig()
    /// Secrets only (model replies when PII redaction is off).
    package static let secretsOnly = RedactionConfig(enabled: RedactionKind.secrets)

    /// The text written in place of a match of `kind`.
    package func replacement(for kind: RedactionKind) -> String {
        replacements[kind] ?? kind.defaultReplacement
    }
}
