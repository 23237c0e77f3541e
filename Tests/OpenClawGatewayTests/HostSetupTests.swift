import Foundation
import OpenClawTesting
import Testing

/// The host setup scripts, run for real where that cannot harm this machine: shellcheck, the
/// refusal without root, the dry-run plan, the file steps applied twice into a scratch root (the
/// second run changes nothing), and the UFW step applied and listed back with `ufw status verbose`
/// inside a private network and mount namespace (`unshare -m -n`), never on the host.
@Suite(.serialized) struct HostSetupTests {
    static let root = HostTool.repositoryRoot

    /// A copy of the checkout's deployment files (scripts, deploy/, config/), so runs can write
    /// logs/ and secrets/ without touching the repository.
    static func checkoutCopy() async throws -> String {
        let copy = FileManager.default.temporaryDirectory.path + "/openclaw-setup-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        for item in ["setup-ubuntu.sh", "setup-macos.sh", "deploy", "config"] {
            #expect(try await HostTool.run(["cp", "-a", root + "/" + item, copy + "/"]).status == 0)
        }
        try? FileManager.default.copyItem(atPath: root + "/Dockerfile", toPath: copy + "/Dockerfile")
        #expect(try await HostTool.run(["chmod", "-R", "a+rX", copy]).status == 0)
        return copy
    }

    static func digest(_ paths: [String]) async throws -> String {
        try await HostTool.run(["sh", "-c", "for f in \"$@\"; do ls -l --time-style=+%s \"$f\" 2>&1; cat \"$f\" 2>/dev/null | sha256sum; done", "digest"] + paths).text
    }

    @Test func theScriptsAreShellcheckClean() async throws {
        #expect(HostTool.installed("shellcheck"), "shellcheck is missing: apt-get install shellcheck (.ci/run does)")
        let result = try await HostTool.run(["shellcheck", "-x", "setup-ubuntu.sh", "setup-macos.sh", "deploy/setup/common.sh"], in: Self.root)
        #expect(result.status == 0, "\(result.text)")
    }

    @Test func theScriptsRefuseToRunWithoutRoot() async throws {
        let copy = try await Self.checkoutCopy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        for script in ["setup-ubuntu.sh", "setup-macos.sh"] {
            let result = try await HostTool.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "bash", copy + "/" + script, "--dry-run"])
            #expect(result.status == 1, "\(script): \(result.text)")
            #expect(result.text.contains("run this as root or with sudo"), "\(script): \(result.text)")
        }
    }

    @Test func aDryRunShowsEveryStepAndChangesNothing() async throws {
        let copy = try await Self.checkoutCopy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let watched = [
            "/etc/docker/daemon.json", "/etc/default/ufw", "/etc/ufw/user.rules", "/etc/fail2ban/jail.d/openclaw.local",
            "/etc/audit/rules.d/openclaw.rules", "/etc/apt/apt.conf.d/20auto-upgrades", "/etc/apparmor.d/openclaw-profile", copy + "/logs",
        ]
        let before = try await Self.digest(watched)
        let plan = try await HostTool.run(["bash", copy + "/setup-ubuntu.sh", "--dry-run", "--ssh-port", "2222"])
        print(plan.text)
        #expect(plan.status == 0, "\(plan.text)")
        #expect(try await Self.digest(watched) == before, "a dry run changed a file")
        for step in ["docker", "gvisor", "ufw", "fail2ban", "tailscale", "upgrades", "auditd", "apparmor", "secrets", "grafana"] {
            #expect(plan.text.contains("== \(step):"), "step \(step) missing from the plan")
        }
        for line in [
            "\"userns-remap\": \"default\"", "\"runsc\": {", "\"no-new-privileges\": true", "2222/tcp",
            "filter    = openclaw-webhook", "logpath   = \(copy)/logs/auth.log",
            "-w /usr/bin/docker -k docker", "-w /var/lib/docker -k docker", "-w \(copy)/config -p wa -k openclaw-config",
            "-w \(copy)/secrets -p rwa -k openclaw-secrets", "APT::Periodic::Unattended-Upgrade \"1\";",
        ] {
            #expect(plan.text.contains(line), "the plan lacks \(line)")
        }
        #expect(plan.text.contains("dry run:") && plan.text.contains("nothing was changed"))

        let skipped = try await HostTool.run(["bash", copy + "/setup-ubuntu.sh", "--dry-run", "--skip", "tailscale,auditd"])
        #expect(!skipped.text.contains("== tailscale:") && !skipped.text.contains("== auditd:") && skipped.text.contains("== ufw:"))
        let only = try await HostTool.run(["bash", copy + "/setup-ubuntu.sh", "--dry-run", "--only", "fail2ban"])
        #expect(only.text.contains("== fail2ban:") && !only.text.contains("== docker:"))
        let unknown = try await HostTool.run(["bash", copy + "/setup-ubuntu.sh", "--dry-run", "--skip", "tailscal"])
        #expect(unknown.status == 1 && unknown.text.contains("unknown step 'tailscal'"))
        let unattended = try await HostTool.run(["bash", copy + "/setup-ubuntu.sh", "--only", "upgrades"])
        #expect(unattended.status == 1 && unattended.text.contains("pass --yes for an unattended run"), "no terminal and no --yes: \(unattended.text)")

        let mac = try await HostTool.run(["bash", copy + "/setup-macos.sh", "--dry-run"])
        #expect(mac.status == 0, "\(mac.text)")
        for line in ["brew install colima", "block in all", "max-src-conn-rate 10/60", "pass in quick from 100.64.0.0/10", "pfctl -E", "--setstealthmode on", "brew install tailscale", "AutomaticallyInstallMacOSUpdates"] {
            #expect(mac.text.contains(line), "the macOS plan lacks \(line)")
        }
    }

    @Test func theFileStepsAppliedTwiceChangeNothingTheSecondTime() async throws {
        let copy = try await Self.checkoutCopy()
        let scratch = FileManager.default.temporaryDirectory.path + "/openclaw-root-" + UUID().uuidString
        defer {
            try? FileManager.default.removeItem(atPath: copy)
            try? FileManager.default.removeItem(atPath: scratch)
        }
        // The debug build generates the secrets, as an installed openclaw would.
        let binaries = OpenClawProcess.executable.deletingLastPathComponent().path
        let environment = ["OPENCLAW_SETUP_ROOT": scratch, "PATH": binaries + ":/usr/sbin:/usr/bin:/sbin:/bin"]
        let arguments = ["bash", copy + "/setup-ubuntu.sh", "--yes", "--skip", "tailscale,apparmor"]
        let first = try await HostTool.run(arguments, environment: environment)
        #expect(first.status == 0, "\(first.text)")
        #expect(first.text.contains("done:"), "\(first.text)")
        let second = try await HostTool.run(arguments, environment: environment)
        #expect(second.status == 0, "\(second.text)")
        #expect(second.text.contains("nothing to change: this machine already matches"), "second run: \(second.text)")

        let daemon = try String(contentsOfFile: scratch + "/etc/docker/daemon.json", encoding: .utf8)
        #expect(daemon.contains("\"userns-remap\": \"default\"") && daemon.contains("\"runsc\""))
        let jail = try String(contentsOfFile: scratch + "/etc/fail2ban/jail.d/openclaw.local", encoding: .utf8)
        #expect(jail.contains("logpath   = \(copy)/logs/auth.log"))
        let rules = try String(contentsOfFile: scratch + "/etc/audit/rules.d/openclaw.rules", encoding: .utf8)
        #expect(rules.contains("-w /usr/bin/docker -k docker") && rules.contains("-w /var/lib/docker -k docker"))
        // Each secret belongs to the container that reads it, as the host sees that uid under
        // userns-remap (dockremap's range, 100000 when no /etc/subuid says otherwise, + the uid).
        let expected: [String: (owner: Int, mode: Int)] = [
            "storage_encryption_key": (110_001, 0o400), "backup_encryption_key": (110_001, 0o400),
            "gateway_token": (110_001, 0o440), "grafana_admin_password": (100_472, 0o400),
        ]
        for (id, want) in expected {
            let attributes = try FileManager.default.attributesOfItem(atPath: copy + "/secrets/" + id)
            #expect(attributes[.posixPermissions] as? Int == want.mode, "\(id)")
            #expect((attributes[.ownerAccountID] as? NSNumber)?.intValue == want.owner, "\(id)")
        }
        let folder = try FileManager.default.attributesOfItem(atPath: copy + "/secrets")
        #expect(folder[.posixPermissions] as? Int == 0o700)
        #expect((folder[.ownerAccountID] as? NSNumber)?.intValue == 0)
        #expect(FileManager.default.fileExists(atPath: copy + "/logs/auth.log"), "fail2ban needs the log file to exist")
    }

    @Test func theUFWStepInAPrivateNamespaceAllowsSSHAndTailscaleOnly() async throws {
        #expect(HostTool.installed("ufw"), "ufw is missing: apt-get install ufw (.ci/run does)")
        let copy = try await Self.checkoutCopy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        // Private mounts hold copies of ufw's configuration, a private network namespace its
        // rules: the host's firewall and files are never touched.
        let script = """
            set -e
            mount --make-rprivate /
            etc=$(mktemp -d); cp -a /etc/ufw/. "$etc/"; mount --bind "$etc" /etc/ufw
            defaults=$(mktemp); cp /etc/default/ufw "$defaults"; mount --bind "$defaults" /etc/default/ufw
            ufw --force reset >/dev/null
            bash "$1/setup-ubuntu.sh" --yes --only ufw --ssh-port 22
            echo "@@status"
            ufw status verbose
            echo "@@second run"
            bash "$1/setup-ubuntu.sh" --yes --only ufw --ssh-port 22
            echo "@@iptables"
            iptables -S ufw-user-input
            """
        let result = try await HostTool.run(["unshare", "-m", "-n", "bash", "-c", script, "ufw-namespace", copy])
        print(result.text)
        #expect(result.status == 0, "\(result.text)")
        let parts = result.text.components(separatedBy: "@@")
        let status = parts.first { $0.hasPrefix("status") } ?? ""
        #expect(status.contains("Status: active"))
        #expect(status.contains("Default: deny (incoming), allow (outgoing)"))
        let rules = status.split(separator: "\n").filter { $0.contains("ALLOW") || $0.contains("LIMIT") || $0.contains("DENY") }
        #expect(rules.count == 4, "SSH and tailscale0, for IPv4 and IPv6, nothing else: \(rules)")
        #expect(rules.contains { $0.hasPrefix("22/tcp") && $0.contains("LIMIT IN") && $0.contains("# ssh") })
        #expect(rules.contains { $0.hasPrefix("Anywhere on tailscale0") && $0.contains("ALLOW IN") })
        let second = parts.first { $0.hasPrefix("second run") } ?? ""
        #expect(second.contains("nothing to change"), "\(second)")
        let iptables = parts.first { $0.hasPrefix("iptables") } ?? ""
        #expect(iptables.contains("--dport 22") && iptables.contains("-i tailscale0"), "\(iptables)")
    }
}
