import Foundation
import OpenClawCore
import Yams

/// Every service of a compose file checked for the container properties the seed promises:
/// gVisor, a read-only root, no capabilities, no new privileges, resource limits, a non-root
/// user, ports on loopback only, and secrets as files rather than environment variables.
struct ComposeAudit {
    let path: String
    let text: String

    private static let dangerousCapabilities: Set<String> = [
        "ALL", "SYS_ADMIN", "SYS_PTRACE", "SYS_MODULE", "SYS_RAWIO", "NET_ADMIN", "DAC_READ_SEARCH", "DAC_OVERRIDE", "SYS_BOOT", "BPF", "PERFMON",
    ]

    func findings() -> [AuditFinding] {
        let root: [String: Any]
        do {
            guard let loaded = try Yams.load(yaml: text) as? [String: Any] else {
                return [finding("compose.unreadable", .warn, "", "not a compose document (no top-level mapping)", fix: "docker compose config")]
            }
            root = loaded
        } catch {
            return [finding("compose.unreadable", .warn, "", "not valid YAML", fix: "docker compose config shows the error")]
        }
        guard let services = root["services"] as? [String: Any], !services.isEmpty else {
            return [finding("compose.unreadable", .warn, "services", "no services", fix: "check the file")]
        }
        return services.keys.sorted().flatMap { name in
            serviceFindings(name, services[name] as? [String: Any] ?? [:])
        }
    }

    private func serviceFindings(_ name: String, _ service: [String: Any]) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let key = "services.\(name)"
        func add(_ id: String, _ severity: AuditSeverity, _ field: String, _ message: String, fix: String) {
            findings.append(finding(id, severity, field.isEmpty ? key : "\(key).\(field)", "\(name): \(message)", fix: fix))
        }
        if service["privileged"] as? Bool == true {
            add("compose.privileged", .critical, "privileged", "runs privileged: every capability and every device of the host", fix: "remove privileged: true")
        }
        for field in ["pid", "ipc"] where (service[field] as? String) == "host" {
            add("compose.host_namespace", .critical, field, "shares the host's \(field) namespace", fix: "remove \(field): host")
        }
        if (service["network_mode"] as? String) == "host" {
            add("compose.network_host", .warn, "network_mode", "uses the host's network: no isolated network, every port on every interface", fix: "use the compose networks")
        }
        if (service["runtime"] as? String) != "runsc" {
            add("compose.runtime_not_runsc", .warn, "runtime", "not run under gVisor: a kernel exploit in the container reaches the host kernel", fix: "runtime: runsc (setup-ubuntu.sh registers it)")
        }
        if service["read_only"] as? Bool != true {
            add("compose.read_only_missing", .warn, "read_only", "the root filesystem is writable", fix: "read_only: true, with tmpfs for /tmp")
        }
        let dropped = Self.strings(service["cap_drop"]).map { $0.uppercased() }
        if !dropped.contains("ALL") {
            add("compose.cap_drop_missing", .warn, "cap_drop", "keeps Docker's default capabilities", fix: "cap_drop: [ALL] (add back only NET_BIND_SERVICE if needed)")
        }
        let added = Self.strings(service["cap_add"]).map { $0.uppercased().replacingOccurrences(of: "CAP_", with: "") }
        for capability in added where Self.dangerousCapabilities.contains(capability) {
            add("compose.cap_add_dangerous", .critical, "cap_add", "adds \(capability)", fix: "remove it from cap_add")
        }
        let options = Self.strings(service["security_opt"]).map { $0.replacingOccurrences(of: "=", with: ":").lowercased() }
        if !options.contains(where: { $0 == "no-new-privileges" || $0 == "no-new-privileges:true" }) {
            add("compose.no_new_privileges_missing", .warn, "security_opt", "a setuid binary in the image could raise privileges", fix: "security_opt: [\"no-new-privileges:true\"]")
        }
        for option in options where ["seccomp:unconfined", "apparmor:unconfined", "label:disable"].contains(option) {
            add("compose.security_opt_unconfined", .critical, "security_opt", "\(option) switches a kernel protection off", fix: "remove \(option)")
        }
        let missingLimits = limitsMissing(service)
        if !missingLimits.isEmpty {
            add("compose.limits_missing", .warn, "deploy.resources.limits", "no \(missingLimits.joined(separator: ", ")) limit: a runaway process can starve the host", fix: "deploy.resources.limits: {memory, cpus, pids}")
        }
        if let user = Self.scalar(service["user"]) {
            let uid = user.split(separator: ":").first.map(String.init) ?? user
            if uid == "0" || uid == "root" {
                add("compose.user_root", .critical, "user", "runs as root", fix: "user: a fixed non-root uid:gid (the image's)")
            }
        }
        for port in Self.publishedPorts(service["ports"]) where !Self.isLoopbackHost(port.host) {
            add("compose.port_public", .critical, "ports", "publishes \(port.published) on \(port.host ?? "every interface"), beyond this machine", fix: "publish on loopback only: \"127.0.0.1:\(port.published):\(port.target)\"")
        }
        for variable in Self.environment(service["environment"]) where Self.isSecret(name: variable.name, value: variable.value) {
            add("compose.secret_in_environment", .critical, "environment", "passes \(variable.name) as an environment variable (visible in docker inspect and /proc)", fix: "use compose secrets: (files under /run/secrets)")
        }
        for mount in Self.mounts(service["volumes"]) {
            if mount.source.contains("docker.sock") {
                add("compose.docker_socket", .critical, "volumes", "mounts the Docker socket: root on the host from inside", fix: "remove the docker.sock mount")
            } else if !mount.readOnly, Self.isSensitiveHostPath(mount.source) {
                add("compose.host_path_mount", .critical, "volumes", "mounts the host's \(mount.source) writable", fix: "mount only the project's own folders (./config, ./logs), system files read-only (:ro)")
            }
        }
        if ((service["logging"] as? [String: Any])?["driver"] as? String) == "none" {
            add("compose.logging_none", .warn, "logging", "logs nothing: no trace of authentication failures or errors", fix: "logging: {driver: json-file, options: {max-size: 10m, max-file: \"5\"}}")
        }
        return findings
    }

    private func limitsMissing(_ service: [String: Any]) -> [String] {
        let limits = ((service["deploy"] as? [String: Any])?["resources"] as? [String: Any])?["limits"] as? [String: Any] ?? [:]
        var missing: [String] = []
        if limits["memory"] == nil && service["mem_limit"] == nil { missing.append("memory") }
        if limits["cpus"] == nil && service["cpus"] == nil { missing.append("cpu") }
        if limits["pids"] == nil && service["pids_limit"] == nil { missing.append("pids") }
        return missing
    }

    private func finding(_ id: String, _ severity: AuditSeverity, _ key: String, _ message: String, fix: String) -> AuditFinding {
        AuditFinding(id, severity, target: key.isEmpty ? path : "\(path): \(key)", message, fix: fix)
    }

    // MARK: compose's shapes

    static func scalar(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        case let number as Double: String(number)
        case let flag as Bool: String(flag)
        default: nil
        }
    }

    static func strings(_ value: Any?) -> [String] {
        (value as? [Any])?.compactMap(scalar) ?? scalar(value).map { [$0] } ?? []
    }

    struct Port {
        var host: String?
        var published: String
        var target: String
    }

    /// `"18789"`, `"18789:18789"`, `"127.0.0.1:18789:18789"`, `"[::1]:18789:18789/tcp"` or the long form.
    static func publishedPorts(_ value: Any?) -> [Port] {
        guard let items = value as? [Any] else { return [] }
        return items.compactMap { item in
            if let long = item as? [String: Any] {
                guard let published = scalar(long["published"]) else { return nil }
                return Port(host: scalar(long["host_ip"]), published: published, target: scalar(long["target"]) ?? published)
            }
            guard var text = scalar(item) else { return nil }
            if let slash = text.firstIndex(of: "/") { text = String(text[..<slash]) }
            if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
                let host = String(text[text.index(after: text.startIndex)..<close])
                let rest = text[text.index(after: close)...].split(separator: ":").map(String.init)
                return Port(host: host, published: rest.first ?? "", target: rest.last ?? "")
            }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            switch parts.count {
            case 1: return nil  // only a container port: published on a random host port of every interface
            case 2: return Port(host: nil, published: parts[0], target: parts[1])
            default: return Port(host: parts[0], published: parts[1], target: parts[2])
            }
        }
    }

    static func isLoopbackHost(_ host: String?) -> Bool {
        guard let host, !host.isEmpty else { return false }
        return host == "localhost" || IPAddress(host)?.isLoopback == true
    }

    /// `["A=1", "B"]` or `{A: 1, B: null}`.
    static func environment(_ value: Any?) -> [(name: String, value: String)] {
        if let map = value as? [String: Any] {
            return map.keys.sorted().map { ($0, scalar(map[$0]) ?? "") }
        }
        return strings(value).map { entry in
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// The host's root, system folders and homes: a container that can write one can change the host.
    static func isSensitiveHostPath(_ source: String) -> Bool {
        guard source.hasPrefix("/") else { return false }
        let path = source.count > 1 && source.hasSuffix("/") ? String(source.dropLast()) : source
        if ["/", "/home", "/run", "/var", "/var/run"].contains(path) { return true }
        return ["/etc", "/root", "/boot", "/proc", "/sys", "/dev", "/usr", "/lib", "/bin", "/sbin", "/var/lib/docker"]
            .contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// Each bind mount's host path and whether it is read-only (`src:dst:ro` or the long form).
    static func mounts(_ value: Any?) -> [(source: String, readOnly: Bool)] {
        (value as? [Any] ?? []).compactMap { item in
            if let long = item as? [String: Any] {
                return (long["source"] as? String ?? "", long["read_only"] as? Bool == true)
            }
            guard let text = scalar(item) else { return nil }
            let parts = text.split(separator: ":").map(String.init)
            return (parts.first ?? "", parts.count > 2 && parts[2].split(separator: ",").contains("ro"))
        }
    }

    private static let secretNameMarkers = ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL"]
    private static let secretRedactor = Redactor(.secretsOnly)

    /// A variable whose name says it holds a secret (and is not a `_FILE` path to one), or whose
    /// value has a known secret's shape.
    static func isSecret(name: String, value: String) -> Bool {
        let upper = name.uppercased()
        if upper.hasSuffix("_FILE") || upper.hasSuffix("__FILE") { return false }
        if !value.isEmpty, secretRedactor.redact(value) != value { return true }
        // A password in a URL's user info (postgres://app:hunter2@db/app).
        if let scheme = value.range(of: "://"), let at = value[scheme.upperBound...].firstIndex(of: "@"),
            value[scheme.upperBound..<at].contains(":") {
            return true
        }
        return secretNameMarkers.contains { upper.contains($0) }
    }
}
