/// One thing wrong with a configuration: the key's path and the rule it breaks.
///
/// Messages never contain a secret value; they name the key, the file or the rule. Both parts
/// pass through the secret redactor too, since a key name is the operator's text and may be a
/// pasted token.
package struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
    private static let redactor = Redactor(.secretsOnly)

    package var path: String
    package var message: String

    package init(path: String, message: String) {
        self.path = Self.redactor.redact(path)
        self.message = Self.redactor.redact(message)
    }

    package var description: String { "\(path): \(message)" }
}

/// The configuration was refused; `issues` lists every reason found, not only the first.
package struct ConfigError: Error, Sendable, CustomStringConvertible {
    package var issues: [ConfigIssue]

    package init(_ issues: [ConfigIssue]) {
        self.issues = issues
    }

    package init(path: String, _ message: String) {
        self.issues = [ConfigIssue(path: path, message: message)]
    }

    package var description: String {
        "configuration refused:\n" + issues.map { "  - \($0)" }.joined(separator: "\n")
    }
}
