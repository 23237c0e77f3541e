package import AsyncHTTPClient
#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import OpenClawCore
import OpenClawFiles
import OpenClawGateway

/// `openclaw security audit`: the configuration, the files it names, the secrets' lifecycle, the
/// compose file and Dockerfile, and (`deep`) the running gateway. Reads only; `--fix` applies
/// the `repairs` it returns.
package struct SecurityAudit: Sendable {
    package var configPath: String
    package var environment: [String: String]
    /// Nil: `docker-compose.yml` (or `compose.yaml`) beside the config's folder, else in the current directory.
    package var composePath: String?
    /// Nil: `Dockerfile` found the same way.
    package var dockerfilePath: String?
    package var deep: Bool
    package var now: Date

    package init(
        configPath: String, environment: [String: String], composePath: String? = nil, dockerfilePath: String? = nil,
        deep: Bool = false, now: Date = Date()
    ) {
        self.configPath = configPath
        self.environment = environment
        self.composePath = composePath
        self.dockerfilePath = dockerfilePath
        self.deep = deep
        self.now = now
    }

    package struct Result: Sendable {
        /// Worst first, then by check id and target.
        package var findings: [AuditFinding]
        /// What `--fix` may do about them: only narrowing permissions and owners.
        package var repairs: [FileRepair]

        package var hasCritical: Bool { findings.contains { $0.severity == .critical } }
    }

    package func run(httpClient: HTTPClient = .shared) async -> Result {
        var findings: [AuditFinding] = []
        var repairs: [FileRepair] = []
        let document: JSONValue
        do {
            document = try ConfigLoader.document(path: configPath, environment: environment)
        } catch {
            findings = error.issues.map {
                AuditFinding("config.invalid", .critical, target: $0.path, $0.message, fix: "pass --config PATH or fix the file")
            }
            return Result(findings: findings + deploymentFindings(), repairs: [])
        }
        var parsed: OpenClawConfig?
        var issues: [ConfigIssue] = []
        do {
            parsed = try ConfigParser.parse(document)
        } catch {
            issues = error.issues
        }
        let secretsDir = parsed?.secrets.dir ?? document["secrets"]?["dir"]?.stringValue ?? "/run/secrets"
        let reader = SecretReader(directory: secretsDir, environment: environment)
        findings += ConfigAudit(document: document, config: parsed, parseIssues: issues, reader: reader).findings()

        let fileIds = parsed?.fileSecretIds ?? []
        let files = FileAudit(
            configPath: configPath, stateDir: parsed?.state.dir, secretsDir: secretsDir, secretIds: fileIds, authLog: parsed?.logging.authLog
        )
        for (finding, repair) in files.results() {
            findings.append(finding)
            if let repair { repairs.append(repair) }
        }
        if let parsed {
            findings += SecretAudit(directory: SecretDirectory(path: secretsDir), ids: fileIds, policy: SecretPolicy(parsed.secrets), now: now).findings()
        }
        findings += deploymentFindings()
        if deep, let parsed {
            findings += await LiveAudit(config: parsed, httpClient: httpClient).findings()
        }
        return Result(findings: Self.ordered(findings), repairs: repairs)
    }

    private func deploymentFindings() -> [AuditFinding] {
        var findings: [AuditFinding] = []
        if let compose = locate(composePath, names: ["docker-compose.yml", "compose.yaml", "docker-compose.yaml"]),
            let text = try? String(contentsOfFile: compose, encoding: .utf8) {
            findings += ComposeAudit(path: compose, text: text).findings()
        } else {
            findings.append(AuditFinding(
                "deployment.compose_not_found", .info, target: composePath ?? "docker-compose.yml",
                "no compose file found: the container checks did not run", fix: "pass --compose FILE"
            ))
        }
        if let dockerfile = locate(dockerfilePath, names: ["Dockerfile"]), let text = try? String(contentsOfFile: dockerfile, encoding: .utf8) {
            findings += DockerfileAudit(path: dockerfile, text: text).findings()
        } else {
            findings.append(AuditFinding(
                "deployment.dockerfile_not_found", .info, target: dockerfilePath ?? "Dockerfile",
                "no Dockerfile found: the image checks did not run", fix: "pass --dockerfile FILE"
            ))
        }
        return findings
    }

    private func locate(_ explicit: String?, names: [String]) -> String? {
        if let explicit { return FileManager.default.fileExists(atPath: explicit) ? explicit : nil }
        let configFolder = URL(fileURLWithPath: configPath).deletingLastPathComponent()
        let folders = [configFolder.deletingLastPathComponent().path, FileManager.default.currentDirectoryPath]
        for folder in folders {
            for name in names where FileManager.default.fileExists(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    static func ordered(_ findings: [AuditFinding]) -> [AuditFinding] {
        findings.sorted { left, right in
            if left.severity != right.severity { return left.severity > right.severity }
            if left.checkId != right.checkId { return left.checkId < right.checkId }
            return left.target < right.target
        }
    }
}
