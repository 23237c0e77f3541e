/// One result of `openclaw security audit`: a stable check id, how bad it is, where, what and the fix.
///
/// Messages name key paths, files and rules, never a secret's value.
package struct AuditFinding: Sendable, Codable, Equatable {
    /// Stable across releases (`channels.telegram.dm.open`, `fs.secret.perms`, `compose.cap_drop_missing`).
    package var checkId: String
    package var severity: AuditSeverity
    /// The config key path, file or URL the finding is about.
    package var target: String
    package var message: String
    package var fix: String

    package init(_ checkId: String, _ severity: AuditSeverity, target: String, _ message: String, fix: String) {
        self.checkId = checkId
        self.severity = severity
        self.target = target
        self.message = message
        self.fix = fix
    }
}
