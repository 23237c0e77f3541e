import OpenClawCore
import OpenClawFiles

/// Where secrets sit in the configuration, and each used secret checked by the role it fills
/// (`SecretUse`), whatever the secret is called or wherever it is read from.
enum SecretRoles {
    /// Every key path that may hold a secret reference in `document` (providers included), for
    /// finding inline values in a file the parser refuses.
    static func keyPaths(in document: JSONValue) -> [[String]] {
        var paths: [[String]] = [
            ["gateway", "auth", "token"], ["channels", "telegram", "botToken"], ["channels", "telegram", "webhookSecret"],
            ["privacy", "encryptionKey"], ["audit", "signingKey"],
        ]
        if case .object(let providers)? = document["models"]?["providers"] {
            paths += providers.keys.sorted().map { ["models", "providers", $0, "apiKey"] }
        }
        return paths
    }

    /// Each used secret against its role's format (`secrets.invalid_format`), and secrets passed
    /// through the environment (`secrets.env_source`). Unreadable ones are the secrets checks' business.
    static func strengthFindings(_ config: OpenClawConfig, reader: SecretReader) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for use in config.secretUses {
            let reference = use.reference
            if reference.source == .env {
                findings.append(AuditFinding(
                    "secrets.env_source", .warn, target: use.keyPath,
                    "read from the environment variable \(reference.id): visible in docker inspect, /proc/<pid>/environ and crash reports",
                    fix: "use a file secret ({\"source\": \"file\", \"id\": \"...\"}, mounted at /run/secrets)"
                ))
            }
            guard let value = try? reader.read(reference, for: use.keyPath), let problem = use.formatProblem(value) else { continue }
            findings.append(AuditFinding(
                "secrets.invalid_format", .critical, target: use.keyPath, problem,
                fix: reference.source == .file
                    ? "openclaw secrets rotate --secret-name \(reference.id) (generates one, or asks for the issued value)"
                    : "set \(reference.id) to a value of that shape"
            ))
        }
        return findings
    }
}
