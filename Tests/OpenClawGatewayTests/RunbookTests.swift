import Foundation
import NIOCore
import NIOHTTP1
import AsyncHTTPClient
import OpenClawCore
import OpenClawGateway
import OpenClawTelegram
import OpenClawTesting
import TelegramSimulator
import Testing

/// docs/SECURITY.md as an operator follows it: every incident-response step of the seed has its
/// command, every audit check id is documented, and the `runbook` blocks run, in order, against a
/// real gateway in a checkout-shaped folder. Docker is not available here, so a stand-in `docker`
/// runs what the runbook asks of the openclaw service (`compose exec|run … openclaw`, `compose
/// logs openclaw`) with the same binary and configuration; `ufw` runs for real inside a private
/// network and mount namespace; `sudo` is a pass-through (the tests run as root).
@Suite(.serialized) struct RunbookTests {
    typealias H = GatewayHarness

    static let securityDoc = HostTool.repositoryRoot + "/docs/SECURITY.md"

    struct Step {
        var command: String
        /// Exit statuses that are right: `# exit N: …` says N, `# exit N when …` says 0 or N.
        var expectedStatuses: Set<Int32>
    }

    /// The lines of the ```` ```sh runbook ```` blocks, with the exit statuses their trailing
    /// comment allows (0 without one).
    static func runbookSteps() throws -> [Step] {
        let text = try String(contentsOfFile: securityDoc, encoding: .utf8)
        var steps: [Step] = []
        var inside = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") {
                inside = !inside && line == "```sh runbook"
                continue
            }
            guard inside, !line.isEmpty, !line.hasPrefix("#") else { continue }
            var command = line, statuses: Set<Int32> = [0]
            if let comment = line.range(of: "   # ") {
                command = String(line[..<comment.lowerBound]).trimmingCharacters(in: .whitespaces)
                let note = line[comment.upperBound...]
                if note.hasPrefix("exit "), let code = Int32(note.dropFirst(5).prefix { $0.isNumber }) {
                    statuses = note.dropFirst(5).drop { $0.isNumber }.hasPrefix(" when") ? [0, code] : [code]
                }
            }
            steps.append(Step(command: command, expectedStatuses: statuses))
        }
        return steps
    }

    @Test func everyIncidentResponseStepOfTheSeedHasItsCommand() throws {
        let text = try String(contentsOfFile: Self.securityDoc, encoding: .utf8)
        let seed = [
            "docker compose stop openclaw", "./rotate-secrets.sh --secret-name <secret_name>", "docker compose logs openclaw | grep -i error",
            "docker compose logs openclaw | grep -i \"auth\\|pairing\\|failed\"", "sudo ufw insert 1 deny from <IP_ADDRESS>",
            "openclaw allowlist remove telegram <USER_ID>", "docker inspect openclaw-gateway", "docker diff openclaw-gateway",
            "docker compose logs openclaw > incident-logs.txt", "docker rmi openclaw:secure", "docker build --no-cache -t openclaw:secure .",
            "./rotate-secrets.sh --all", "docker compose up -d", "openclaw usage", "openclaw secrets status", "openclaw backup --out",
            "openclaw restore", "openclaw security audit", "openclaw history --user",
        ]
        for command in seed {
            #expect(text.contains(command), "SECURITY.md lacks \(command)")
        }
        for heading in ["### Initial setup", "### Daily", "### Weekly", "### Monthly", "### Quarterly", "### Threats addressed", "### Remaining risks"] {
            #expect(text.contains(heading))
        }
    }

    @Test func everyAuditCheckIdIsDocumented() throws {
        let text = try String(contentsOfFile: Self.securityDoc, encoding: .utf8)
        let folder = HostTool.repositoryRoot + "/Sources/OpenClawOperations/SecurityAudit"
        let pattern = try Regex(#"(?:AuditFinding\(|add\(|finding\()\s*"([a-z0-9_.]+)""#)
        var ids: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let source = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            for match in source.matches(of: pattern) {
                if let id = match.output[1].substring { ids.insert(String(id)) }
            }
        }
        #expect(ids.count > 60)
        for id in ids.sorted() {
            #expect(text.contains("`\(id)`"), "SECURITY.md does not document \(id)")
        }
    }

    @Test func theRunbookCommandsRunAgainstARealGateway() async throws {
        let steps = try Self.runbookSteps()
        #expect(steps.count >= 25)
        try await H.withGateway(
            webhook: true, secrets: ["backup_encryption_key": SecretGenerator.base64(bytes: 32).generate()],
            adjust: { document in
                document.set(["127.0.0.1"], at: ["gateway", "trustedProxies"])
            },
            tune: { $0.authFailureReportInterval = .milliseconds(200) },
            prepare: { sandbox in
                try Self.makeCheckout(sandbox)
            }
        ) { harness in
            try await Self.walk(steps, harness)
        }
    }

    /// The sandbox folder becomes a checkout: `config/openclaw.json` (with the security log),
    /// the scripts and deploy files, the deployment files, `logs/`, and the stand-in tools.
    static func makeCheckout(_ sandbox: SandboxDeployment) throws {
        let root = sandbox.directory, manager = FileManager.default
        for folder in ["config", "logs", "bin"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        var document = try ConfigParser.document(from: Data(contentsOf: URL(fileURLWithPath: sandbox.configPath)))
        document.set(.string(root + "/logs/auth.log"), at: ["logging", "authLog"])
        try sandbox.writeConfig(document)
        try manager.copyItem(atPath: sandbox.configPath, toPath: root + "/config/openclaw.json")
        for item in ["setup-ubuntu.sh", "rotate-secrets.sh", "deploy"] {
            try manager.copyItem(atPath: HostTool.repositoryRoot + "/" + item, toPath: root + "/" + item)
        }
        for file in ["docker-compose.yml", "Dockerfile"] {
            try manager.copyItem(atPath: HostTool.repositoryRoot + "/" + file, toPath: root + "/" + file)
        }
        let tools: [String: String] = [
            "sudo": "#!/usr/bin/env bash\nexec \"$@\"\n",
            "docker": """
                #!/usr/bin/env bash
                # Stand-in for docker: what the runbook asks of the openclaw service, run with the same
                # binary and configuration the container has. Anything else is not available here.
                set -euo pipefail
                [[ "${1:-}" == compose ]] || { echo "docker ${1:-}: no Docker engine in this test" >&2; exit 127; }
                shift
                project=openclaw
                if [[ "${1:-}" == -p ]]; then project="$2"; shift 2; fi
                verb="$1"; shift
                case "$verb" in
                    exec | run)
                        while [[ "$1" == -* ]]; do shift; done
                        [[ "$1" == openclaw ]] || { echo "no service $1" >&2; exit 1; }
                        shift
                        # exec names the command; run uses the image's entry point, openclaw.
                        if [[ "$verb" == exec ]]; then [[ "$1" == openclaw ]] || exit 127; shift; fi
                        # Another compose project has its own state volume.
                        [[ "$project" == openclaw ]] || export OPENCLAW_STATE_DIR="$RUNBOOK_STATE-$project"
                        exec openclaw "$@" ;;
                    logs) cat "$RUNBOOK_GATEWAY_LOG" ;;
                    *) echo "docker compose $verb: no Docker engine in this test" >&2; exit 127 ;;
                esac
                """,
            "ufw": """
                #!/usr/bin/env bash
                # The real ufw, inside the test's private network and mount namespace (held open by a
                # process of the test, with its own copy of ufw's configuration mounted there).
                exec nsenter -t "$RUNBOOK_NAMESPACE_PID" -m -n /usr/sbin/ufw "$@"
                """,
        ]
        for (name, script) in tools {
            let path = root + "/bin/" + name
            try (script + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
    }

    static func walk(_ steps: [Step], _ harness: GatewayHarness) async throws {
        let root = harness.sandbox.directory
        // Something to find: a conversation, a stranger, and a source guessing the webhook secret.
        _ = try await harness.withAdmin { try await $0.allow(userId: H.alice.id) }
        harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "hello from alice"))
        harness.telegram.inject(harness.telegram.privateMessage(from: H.mallory, text: "let me in"))
        _ = try await harness.telegram.waitForSent { $0.chatId == H.alice.id }
        _ = try await harness.telegram.waitForSent { $0.chatId == H.mallory.id }
        for _ in 0..<3 {
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(harness.port)/telegram-webhook")
            request.method = .POST
            request.headers.add(name: "X-Forwarded-For", value: "203.0.113.7")
            request.headers.add(name: "X-Telegram-Bot-Api-Secret-Token", value: "guess")
            _ = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        }
        _ = try await WebhookAuthThrottleTests.waitForLines(root + "/logs/auth.log", sources: ["203.0.113.7"])

        let namespace = try await FirewallNamespace.start(copiesIn: root + "/ufw")
        defer { namespace.stop() }
        let binaries = OpenClawProcess.executable.deletingLastPathComponent().path
        let environment = [
            "PATH": "\(root)/bin:\(binaries):/usr/sbin:/usr/bin:/sbin:/bin",
            "RUNBOOK_STATE": harness.sandbox.stateDir, "RUNBOOK_GATEWAY_LOG": root + "/gateway.log",
            "RUNBOOK_NAMESPACE_PID": "\(namespace.pid)",
        ]
        // The host as setup-ubuntu.sh leaves it: SSH and tailscale0 allowed, the rest denied.
        let setup = try await HostTool.run(["bash", "setup-ubuntu.sh", "--yes", "--only", "ufw"], in: root, environment: environment)
        #expect(setup.status == 0, "\(setup.text)")
        let values = ["<secret_name>": "telegram_webhook_secret", "<USER_ID>": "\(H.alice.id)", "<IP_ADDRESS>": "203.0.113.7"]
        for step in steps {
            var command = step.command
            for (placeholder, value) in values { command = command.replacingOccurrences(of: placeholder, with: value) }
            try harness.logs.captured.joined(separator: "\n").write(toFile: root + "/gateway.log", atomically: true, encoding: .utf8)
            let result = try await HostTool.run(["bash", "-c", command], in: root, environment: environment)
            print("$ \(command)\n\(result.text)")
            #expect(step.expectedStatuses.contains(result.status), "\(command) exited \(result.status):\n\(result.text)")
        }
        // What the runbook did, seen from outside: the source is denied, the user's grant is gone,
        // the drill restored a store of its own.
        let rules = try String(contentsOfFile: root + "/ufw/etc/ufw/user.rules", encoding: .utf8)
        #expect(rules.contains("203.0.113.7"))
        let grants = try await harness.withAdmin { try await $0.allowList() }
        #expect(!grants.contains { $0.userId == H.alice.id })
        // …and the running gateway, not restarted, treats her as a stranger from the next message.
        harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "after the block"))
        let prompt = try await harness.telegram.waitForSent { $0.chatId == H.alice.id && !$0.text.hasPrefix("echo:") }
        #expect(prompt.text.localizedCaseInsensitiveContains("pair"), "\(prompt.text)")
        #expect(!harness.sent(to: H.alice.id).contains { $0.text == "echo: after the block" })
        #expect(FileManager.default.fileExists(atPath: harness.sandbox.stateDir + "-openclaw-drill/openclaw.sqlite"))
    }
}

/// A private network and mount namespace held open by a sleeping process, with copies of
/// `/etc/ufw` and `/etc/default/ufw` mounted over the real ones inside it: ufw run there (through
/// `nsenter`) changes only the copies and the namespace's own netfilter tables.
struct FirewallNamespace {
    let pid: Int32

    static func start(copiesIn folder: String) async throws -> FirewallNamespace {
        let ready = folder + "/ready"
        let script = """
            set -e
            mkdir -p "$0/etc/ufw" "$0/etc/default"
            cp -a /etc/ufw/. "$0/etc/ufw/"; cp /etc/default/ufw "$0/etc/default/ufw"
            mount --make-rprivate /
            mount --bind "$0/etc/ufw" /etc/ufw
            mount --bind "$0/etc/default/ufw" /etc/default/ufw
            touch "$0/ready"
            exec sleep 3600
            """
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "-n", "bash", "-c", script, folder]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let namespace = FirewallNamespace(pid: process.processIdentifier)
        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: ready) {
            guard ContinuousClock.now < deadline, process.isRunning else {
                namespace.stop()
                throw HarnessError("the firewall namespace did not start")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return namespace
    }

    /// SIGKILL: children of the test process inherit its blocked SIGTERM.
    func stop() {
        kill(pid, SIGKILL)
    }
}
