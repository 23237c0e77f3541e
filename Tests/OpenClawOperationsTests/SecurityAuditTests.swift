import Foundation
import OpenClawCore
import OpenClawOperations
import Testing

/// `openclaw security audit`: the shipped configuration and deployment give no critical finding,
/// and a copy broken in one place gives that place's check id.
@Suite struct SecurityAuditTests {
    /// One deliberate break of a fixture copy and the check that must catch it.
    enum Break: String, CaseIterable, Sendable {
        case inlineSecret, unknownKey, bindWithoutToken, trustAnyProxy, dmOpen, groupsOpen, mentionOff, webhookWithoutSecret
        case webhookWithoutTrustedProxies, webhookWithoutAuthLog, apiRootPlainHTTP, providerPlainHTTP, weakWebhookSecret, weakGatewayToken
        case secretFromEnvironment, perUserRateOff, globalRateOff, encryptionOff, messagesLogged, debugLogging, canaryOff
        case configWritable, configWorldReadable, configSymlink, configOwner, stateDirOpen, stateDirSymlink, databaseOpen, secretsDirOpen
        case secretsDirSymlink, secretReadable, secretGroupReadable, secretSymlink, secretOwner, authLogReadable, secretMissing, secretExpired, secretExpiring
        case rotationOverdue, composeUnreadable, privileged, hostPID, hostNetwork, noRunsc, writableRoot, capabilitiesKept, dangerousCapability
        case noNewPrivilegesMissing, seccompOff, noLimits, composeRoot, publicPort, secretInEnvironment, passwordInURL, dockerSocket, hostEtcMount, loggingNone
        case dockerfileRoot, dockerfileRootByArgument, noHealthcheck, secretBakedIn, unpinnedBase, unpinnedBaseByArgument, remoteAdd, pipeToShell
        case postgresPlainText, postgresNoPassword, postgresSuperuser

        var checkId: String {
            switch self {
            case .inlineSecret: "config.secret_inline"
            case .unknownKey: "config.invalid"
            case .bindWithoutToken: "gateway.bind_no_auth"
            case .trustAnyProxy: "gateway.trusted_proxies.any"
            case .dmOpen: "channels.telegram.dm.open"
            case .groupsOpen: "channels.telegram.groups.open"
            case .mentionOff: "channels.telegram.groups.mention_off"
            case .webhookWithoutSecret: "channels.telegram.webhook.no_secret"
            case .webhookWithoutTrustedProxies: "channels.telegram.webhook.no_trusted_proxies"
            case .webhookWithoutAuthLog: "channels.telegram.webhook.no_auth_log"
            case .apiRootPlainHTTP: "channels.telegram.api_root.insecure"
            case .providerPlainHTTP: "models.provider.insecure_http"
            case .weakWebhookSecret, .weakGatewayToken: "secrets.invalid_format"
            case .secretFromEnvironment: "secrets.env_source"
            case .perUserRateOff: "limits.rate.per_user_off"
            case .globalRateOff: "limits.rate.global_off"
            case .encryptionOff: "privacy.encrypt_at_rest_off"
            case .messagesLogged: "logging.messages"
            case .debugLogging: "logging.level_debug"
            case .canaryOff: "privacy.canary_off"
            case .configWritable: "fs.config.perms_writable"
            case .configWorldReadable: "fs.config.perms_world_readable"
            case .configSymlink: "fs.config.symlink"
            case .configOwner: "fs.config.owner"
            case .stateDirOpen: "fs.state_dir.perms"
            case .stateDirSymlink: "fs.state_dir.symlink"
            case .databaseOpen: "fs.state.db_perms"
            case .secretsDirOpen: "fs.secrets_dir.perms"
            case .secretsDirSymlink: "fs.secrets_dir.symlink"
            case .secretReadable: "fs.secret.perms"
            case .secretGroupReadable: "fs.secret.group_readable"
            case .secretSymlink: "fs.secret.symlink"
            case .secretOwner: "fs.secret.owner"
            case .authLogReadable: "fs.auth_log.perms"
            case .secretMissing: "secrets.missing"
            case .secretExpired: "secrets.expired"
            case .secretExpiring: "secrets.expiring"
            case .rotationOverdue: "secrets.rotation_overdue"
            case .composeUnreadable: "compose.unreadable"
            case .privileged: "compose.privileged"
            case .hostPID: "compose.host_namespace"
            case .hostNetwork: "compose.network_host"
            case .noRunsc: "compose.runtime_not_runsc"
            case .writableRoot: "compose.read_only_missing"
            case .capabilitiesKept: "compose.cap_drop_missing"
            case .dangerousCapability: "compose.cap_add_dangerous"
            case .noNewPrivilegesMissing: "compose.no_new_privileges_missing"
            case .seccompOff: "compose.security_opt_unconfined"
            case .noLimits: "compose.limits_missing"
            case .composeRoot: "compose.user_root"
            case .publicPort: "compose.port_public"
            case .secretInEnvironment: "compose.secret_in_environment"
            case .dockerSocket: "compose.docker_socket"
            case .passwordInURL: "compose.secret_in_environment"
            case .hostEtcMount: "compose.host_path_mount"
            case .loggingNone: "compose.logging_none"
            case .dockerfileRoot, .dockerfileRootByArgument: "dockerfile.user_root"
            case .noHealthcheck: "dockerfile.no_healthcheck"
            case .secretBakedIn: "dockerfile.secret_in_env"
            case .unpinnedBase, .unpinnedBaseByArgument: "dockerfile.base_unpinned"
            case .remoteAdd: "dockerfile.add_remote"
            case .pipeToShell: "dockerfile.pipe_to_shell"
            case .postgresPlainText: "state.postgres.tls_disabled"
            case .postgresNoPassword: "state.postgres.no_password"
            case .postgresSuperuser: "state.postgres.superuser"
            }
        }

        /// Makes the fixture and breaks it; returns the environment the audit runs with.
        func broken() throws -> (AuditFixture, [String: String]) {
            let days: Double = 86_400
            let fixture: AuditFixture = switch self {
            case .secretExpired: try .make(secretsWritten: Date().addingTimeInterval(-100 * days))
            case .secretExpiring: try .make(secretsWritten: Date().addingTimeInterval(-80 * days))
            case .rotationOverdue: try .make(secretsWritten: Date().addingTimeInterval(-100 * days), maxAgeDays: 365)
            default: try .make()
            }
            var environment: [String: String] = [:]
            let telegram = ["channels", "telegram"]
            let webhook: (inout JSONValue) -> Void = { $0.set("https://bot.example.org/telegram-webhook", at: telegram + ["webhookUrl"]) }
            let compose = fixture.composePath, dockerfile = fixture.dockerfilePath
            let gateway = "    user: \"10001:10001\"\n", workspace = "      - openclaw-state:/app/workspace\n"
            let user = "USER ${OPENCLAW_UID}:${OPENCLAW_GID}\n"
            switch self {
            case .inlineSecret: try fixture.editConfig { $0.set("123456789:AAAA", at: telegram + ["botToken"]) }
            case .unknownKey: try fixture.editConfig { $0.set(true, at: ["gateway", "bogus"]) }
            case .bindWithoutToken: try fixture.editConfig { $0.set(["bind": "lan", "port": 18789], at: ["gateway"]) }
            case .trustAnyProxy: try fixture.editConfig { $0.set(["0.0.0.0/0"], at: ["gateway", "trustedProxies"]) }
            case .dmOpen:
                try fixture.editConfig {
                    $0.set("open", at: telegram + ["dmPolicy"])
                    $0.set(["*"], at: telegram + ["allowFrom"])
                }
            case .groupsOpen: try fixture.editConfig { $0.set("open", at: telegram + ["groupPolicy"]) }
            case .mentionOff: try fixture.editConfig { $0.set(["*": ["requireMention": false]], at: telegram + ["groups"]) }
            case .webhookWithoutSecret:
                try fixture.editConfig {
                    webhook(&$0)
                    $0.set(.null, at: telegram + ["webhookSecret"])
                }
            case .webhookWithoutTrustedProxies, .webhookWithoutAuthLog: try fixture.editConfig(webhook)
            case .apiRootPlainHTTP: try fixture.editConfig { $0.set("http://127.0.0.1.nip.io", at: telegram + ["apiRoot"]) }
            case .providerPlainHTTP: try fixture.editConfig { $0.set("http://127.0.0.1@evil.example/v1", at: ["models", "providers", "anthropic", "baseUrl"]) }
            case .weakWebhookSecret:
                try fixture.editConfig(webhook)
                try Data("short".utf8).write(to: URL(fileURLWithPath: fixture.secretsDir + "/telegram_webhook_secret"))
            case .weakGatewayToken:
                try fixture.editConfig { $0.set(["source": "file", "id": "admin_token"], at: ["gateway", "auth", "token"]) }
                _ = FileManager.default.createFile(atPath: fixture.secretsDir + "/admin_token", contents: Data("a".utf8), attributes: [.posixPermissions: 0o600])
            case .secretFromEnvironment:
                try fixture.editConfig { $0.set(["source": "env", "id": "TELEGRAM_BOT_TOKEN"], at: telegram + ["botToken"]) }
                environment["TELEGRAM_BOT_TOKEN"] = AuditFixture.values["telegram_bot_token"]
            case .perUserRateOff: try fixture.editConfig { $0.set(["rate": "1000/1s", "burst": 5], at: ["limits", "perUser"]) }
            case .globalRateOff: try fixture.editConfig { $0.set(["rate": "100000/1m", "burst": 20], at: ["limits", "global"]) }
            case .encryptionOff: try fixture.editConfig { $0.set(false, at: ["privacy", "encryptAtRest"]) }
            case .messagesLogged: try fixture.editConfig { $0.set("redacted", at: ["logging", "messages"]) }
            case .debugLogging: try fixture.editConfig { $0.set("debug", at: ["logging", "level"]) }
            case .canaryOff: try fixture.editConfig { $0.set(false, at: ["privacy", "promptCanary"]) }
            case .postgresPlainText: try fixture.usePostgres("postgresql://openclaw:\(AuditFixture.postgresPassword)@db.example.org/openclaw", tls: "disable")
            case .postgresNoPassword: try fixture.usePostgres("postgresql://openclaw@db.example.org/openclaw")
            case .postgresSuperuser: try fixture.usePostgres("postgresql://postgres:\(AuditFixture.postgresPassword)@db.example.org/openclaw")
            case .configWritable: try fixture.chmod(fixture.configPath, 0o666)
            case .configWorldReadable: try fixture.chmod(fixture.configPath, 0o644)
            case .configSymlink: try Self.symlink(fixture.configPath)
            case .configOwner: try FileManager.default.setAttributes([.ownerAccountID: 12345], ofItemAtPath: fixture.configPath)
            case .stateDirOpen: try fixture.chmod(fixture.stateDir, 0o755)
            case .stateDirSymlink: try Self.symlink(fixture.stateDir)
            case .databaseOpen: _ = FileManager.default.createFile(atPath: fixture.stateDir + "/openclaw.sqlite", contents: nil, attributes: [.posixPermissions: 0o644])
            case .secretsDirOpen: try fixture.chmod(fixture.secretsDir, 0o755)
            case .secretsDirSymlink: try Self.symlink(fixture.secretsDir)
            case .secretReadable: try fixture.chmod(fixture.secretsDir + "/anthropic_api_key", 0o644)
            case .secretSymlink: try Self.symlink(fixture.secretsDir + "/anthropic_api_key")
            case .secretGroupReadable: try fixture.chmod(fixture.secretsDir + "/anthropic_api_key", 0o640)
            case .secretOwner:
                // The plain layout: the folder belongs to the gateway's user, one file to another.
                try FileManager.default.setAttributes([.ownerAccountID: 10001], ofItemAtPath: fixture.secretsDir)
                for id in AuditFixture.values.keys where id != "anthropic_api_key" {
                    try FileManager.default.setAttributes([.ownerAccountID: 10001], ofItemAtPath: fixture.secretsDir + "/" + id)
                }
            case .authLogReadable:
                try fixture.editConfig { $0.set(.string(fixture.authLog), at: ["logging", "authLog"]) }
                _ = FileManager.default.createFile(atPath: fixture.authLog, contents: nil, attributes: [.posixPermissions: 0o644])
            case .secretMissing: try FileManager.default.removeItem(atPath: fixture.secretsDir + "/anthropic_api_key")
            case .secretExpired, .secretExpiring, .rotationOverdue: break
            case .composeUnreadable: try "services: [unclosed".write(toFile: compose, atomically: true, encoding: .utf8)
            case .privileged: try fixture.replace(in: compose, gateway, with: gateway + "    privileged: true\n")
            case .hostPID: try fixture.replace(in: compose, gateway, with: gateway + "    pid: host\n")
            case .hostNetwork: try fixture.replace(in: compose, gateway, with: gateway + "    network_mode: host\n")
            case .noRunsc: try fixture.replace(in: compose, "    container_name: openclaw-gateway\n    runtime: runsc\n", with: "    container_name: openclaw-gateway\n")
            case .writableRoot: try fixture.replace(in: compose, gateway + "    read_only: true\n", with: gateway)
            case .capabilitiesKept: try fixture.replace(in: compose, "    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]", with: "    cap_add: [NET_BIND_SERVICE]")
            case .dangerousCapability: try fixture.replace(in: compose, "cap_add: [NET_BIND_SERVICE]", with: "cap_add: [NET_BIND_SERVICE, SYS_ADMIN]")
            case .noNewPrivilegesMissing: try fixture.replace(in: compose, "      - no-new-privileges:true\n      # Enforced by runc", with: "      # Enforced by runc")
            case .seccompOff: try fixture.replace(in: compose, "      - apparmor=openclaw\n", with: "      - apparmor=openclaw\n      - seccomp:unconfined\n")
            case .noLimits: try fixture.replace(in: compose, "          memory: 512M\n          pids: 256\n", with: "          memory: 512M\n")
            case .composeRoot: try fixture.replace(in: compose, gateway, with: "    user: root\n")
            case .publicPort: try fixture.replace(in: compose, "\"127.0.0.1:18789:18789\"", with: "\"18789:18789\"")
            case .secretInEnvironment:
                try fixture.replace(in: compose, gateway, with: gateway + "    environment:\n      ANTHROPIC_API_KEY: sk-ant-api03-\(String(repeating: "q", count: 40))\n")
            case .dockerSocket: try fixture.replace(in: compose, workspace, with: workspace + "      - /var/run/docker.sock:/var/run/docker.sock\n")
            case .passwordInURL: try fixture.replace(in: compose, gateway, with: gateway + "    environment:\n      STORE_URL: postgres://app:hunter2pass@db/app\n")
            case .hostEtcMount: try fixture.replace(in: compose, workspace, with: workspace + "      - /etc:/host-etc\n      - /etc/localtime:/etc/localtime:ro\n")
            case .loggingNone: try fixture.replace(in: compose, "    logging:\n      driver: json-file\n      options: { max-size: \"10m\", max-file: \"5\" }\n    restart: unless-stopped\n\n  prometheus:", with: "    logging:\n      driver: none\n    restart: unless-stopped\n\n  prometheus:")
            case .dockerfileRoot: try fixture.replace(in: dockerfile, user, with: "")
            case .dockerfileRootByArgument: try fixture.replace(in: dockerfile, user, with: "ARG RUN_AS=0\nUSER $RUN_AS:0\n")
            case .noHealthcheck:
                try fixture.replace(in: dockerfile, "HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\\n    CMD [\"openclaw\", \"health\", \"--timeout\", \"3\"]\n", with: "")
            case .secretBakedIn: try fixture.replace(in: dockerfile, user, with: "ENV TELEGRAM_BOT_TOKEN=123456789:\(String(repeating: "Z", count: 35))\n" + user)
            case .unpinnedBase: try fixture.replace(in: dockerfile, "FROM ${RUNTIME_BASE} AS rootfs", with: "FROM debian AS rootfs")
            case .unpinnedBaseByArgument: try fixture.replace(in: dockerfile, "ARG RUNTIME_BASE=debian:bookworm-slim\n", with: "ARG RUNTIME_BASE=debian\n")
            case .remoteAdd: try fixture.replace(in: dockerfile, user, with: "ADD https://example.org/tool.tar.gz /opt/\n" + user)
            case .pipeToShell: try fixture.replace(in: dockerfile, "WORKDIR /src\n", with: "WORKDIR /src\nRUN curl -fsSL https://example.org/install.sh | sh\n")
            }
            return (fixture, environment)
        }

        /// Moves `path` aside and leaves a symbolic link to it in its place.
        static func symlink(_ path: String) throws {
            try FileManager.default.moveItem(atPath: path, toPath: path + ".real")
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path + ".real")
        }
    }

    @Test func theShippedConfigComposeAndDockerfileGiveNoCriticalFinding() async throws {
        let fixture = try AuditFixture.make()
        defer { fixture.remove() }
        let result = await fixture.audit()
        print(result.findings.map { "\($0.severity.rawValue) \($0.checkId) \($0.target)" }.joined(separator: "\n"))
        #expect(!result.hasCritical, "\(result.findings.filter { $0.severity == .critical })")
        // What the shipped config leaves to the operator is reported, not hidden.
        #expect(result.findings.map(\.checkId).contains("limits.budget.none"))
    }

    /// docs/DEPLOYMENT.md's secrets: a root folder 0700, each file 0400 owned by the container
    /// that reads it, gateway_token 0440 for Prometheus's group.
    @Test func theComposeSecretsLayoutGivesNoCriticalFinding() async throws {
        let fixture = try AuditFixture.make()
        defer { fixture.remove() }
        for id in AuditFixture.values.keys {
            let file = fixture.secretsDir + "/" + id
            try FileManager.default.setAttributes([.ownerAccountID: 10001, .groupOwnerAccountID: 10001], ofItemAtPath: file)
            try fixture.chmod(file, id == "gateway_token" ? 0o440 : 0o400)
        }
        let result = await fixture.audit()
        #expect(!result.hasCritical, "\(result.findings.filter { $0.severity == .critical })")
        #expect(!result.findings.contains { $0.checkId == "fs.secret.owner" })
    }

    @Test(arguments: Break.allCases)
    func eachBrokenCopyGivesItsCheckId(_ broken: Break) async throws {
        // A finding is its check id on its target (the shipped compose file has services
        // besides the gateway that already give some ids), wherever the copy lies.
        func key(_ finding: AuditFinding, _ fixture: AuditFixture) -> String {
            finding.checkId + " " + finding.target.replacingOccurrences(of: fixture.root, with: "")
        }
        let baseline = try AuditFixture.make()
        let before = Set(await baseline.audit().findings.map { key($0, baseline) })
        baseline.remove()
        let (fixture, environment) = try broken.broken()
        defer { fixture.remove() }
        let findings = await fixture.audit(environment: environment).findings
        let new = findings.filter { !before.contains(key($0, fixture)) }
        #expect(new.contains { $0.checkId == broken.checkId }, "\(broken): new \(new.map(\.checkId)), all \(findings.map(\.checkId))")
        for finding in findings {
            for secret in AuditFixture.values.values + [AuditFixture.postgresPassword] {
                #expect(!finding.message.contains(secret) && !finding.target.contains(secret) && !finding.fix.contains(secret))
            }
        }
    }

    @Test func theCriticalChecksAreCritical() async throws {
        for broken in [Break.inlineSecret, .bindWithoutToken, .dmOpen, .groupsOpen, .webhookWithoutSecret, .providerPlainHTTP, .secretReadable, .publicPort, .dockerfileRoot, .postgresPlainText] {
            let (fixture, environment) = try broken.broken()
            defer { fixture.remove() }
            let finding = await fixture.audit(environment: environment).findings.first { $0.checkId == broken.checkId }
            #expect(finding?.severity == .critical, "\(broken)")
        }
    }

    /// The plain layout (a folder owned by the gateway's user) with one secret given to root:
    /// `--fix` gives it back to the folder's owner and says so, and the finding is gone.
    @Test(.enabled(if: geteuid() == 0, "only root may give a file away"))
    func fixGivesAStraySecretBackToItsFoldersOwner() async throws {
        let (fixture, environment) = try Break.secretOwner.broken()
        defer { fixture.remove() }
        let file = fixture.secretsDir + "/anthropic_api_key"
        let result = await fixture.audit(environment: environment)
        let repair = try #require(result.repairs.first { $0.description.hasSuffix("\(file) (was owned by uid 0)") }, "\(result.repairs)")
        #expect(repair.description.hasPrefix("chown 10001:"))
        try repair.apply()
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.ownerAccountID] as? Int == 10001)
        let after = await fixture.audit(environment: environment).findings.filter { $0.checkId == "fs.secret.owner" }
        #expect(!after.contains { $0.target == file }, "\(after)")
    }

    /// A database on this host may be reached in plain text: nothing crosses a network.
    @Test func plainTextToALoopbackDatabaseIsNoFinding() async throws {
        let fixture = try AuditFixture.make()
        defer { fixture.remove() }
        try fixture.usePostgres("postgresql://openclaw:\(AuditFixture.postgresPassword)@127.0.0.1:5432/openclaw", tls: "disable")
        let findings = await fixture.audit().findings
        #expect(!findings.contains { $0.checkId.hasPrefix("state.postgres.") }, "\(findings.map(\.checkId))")
    }
}
