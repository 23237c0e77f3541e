#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore

/// Where secrets sit in the configuration and the format each role demands, whatever the secret
/// is called or wherever it is read from (a file under any id, an environment variable).
enum SecretRoles {
    /// Every key path that holds a secret reference in `document` (providers included).
    static func keyPaths(in document: JSONValue) -> [[String]] {
        var paths: [[String]] = [
            ["gateway", "auth", "token"], ["channels", "telegram", "botToken"], ["channels", "telegram", "webhookSecret"],
            ["privacy", "encryptionKey"],
        ]
        if case .object(let providers)? = document["models"]?["providers"] {
            paths += providers.keys.sorted().map { ["models", "providers", $0, "apiKey"] }
        }
        return paths
    }

    /// The format the secret at `keyPath` must have, nil where any value will do (a local server's key).
    static func format(of keyPath: String, in config: OpenClawConfig) -> SecretFormat? {
        switch keyPath {
        case "gateway.auth.token": return .gatewayToken
        case "channels.telegram.botToken": return .telegramBotToken
        case "channels.telegram.webhookSecret": return .telegramWebhookSecret
        case "privacy.encryptionKey": return .storageEncryptionKey
        default:
            let id = keyPath.split(separator: ".").dropFirst(2).first.map(String.init)
            guard let provider = id.flatMap({ config.providers[$0] }), let host = URL(string: provider.baseUrl)?.host?.lowercased() else { return nil }
            if host == "api.anthropic.com" { return .anthropicAPIKey }
            if host == "api.openai.com" { return .openAIAPIKey }
            return nil
        }
    }

    /// Each referenced secret checked against its role's format (`secrets.invalid_format`), and
    /// secrets passed through the environment (`secrets.env_source`). Unreadable secrets are the
    /// secrets checks' business.
    static func strengthFindings(_ config: OpenClawConfig, reader: SecretReader) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for (keyPath, reference) in config.secretReferences {
            if reference.source == .env {
                findings.append(AuditFinding(
                    "secrets.env_source", .warn, target: keyPath,
                    "read from the environment variable \(reference.id): visible in docker inspect, /proc/<pid>/environ and crash reports",
                    fix: "use a file secret ({\"source\": \"file\", \"id\": \"...\"}, mounted at /run/secrets)"
                ))
            }
            guard let format = format(of: keyPath, in: config), let value = try? reader.read(reference, for: keyPath),
                !format.matches(value)
            else { continue }
            findings.append(AuditFinding(
                "secrets.invalid_format", .critical, target: keyPath,
                "the secret \(reference.id) does not have the shape this role needs: \(format.rule)",
                fix: reference.source == .file
                    ? "openclaw secrets rotate --secret-name \(reference.id) (generates one, or asks for the issued value)"
                    : "set \(reference.id) to a value of that shape"
            ))
        }
        return findings
    }
}
