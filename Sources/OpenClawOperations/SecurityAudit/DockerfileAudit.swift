/// The image's Dockerfile: the final stage runs as a non-root user, has a healthcheck, bakes in
/// no secret, and pulls nothing unverified.
struct DockerfileAudit {
    let path: String
    let text: String

    struct Instruction {
        var line: Int
        var keyword: String
        var arguments: String
    }

    func findings() -> [AuditFinding] {
        let instructions = Self.instructions(text)
        guard let lastFrom = instructions.lastIndex(where: { $0.keyword == "FROM" }) else {
            return [AuditFinding("dockerfile.unreadable", .warn, target: path, "no FROM instruction", fix: "check the file")]
        }
        let final = instructions[lastFrom...]
        var findings: [AuditFinding] = []
        func add(_ id: String, _ severity: AuditSeverity, _ line: Int?, _ message: String, fix: String) {
            findings.append(AuditFinding(id, severity, target: line.map { "\(path):\($0)" } ?? path, message, fix: fix))
        }
        // Build arguments as a build without --build-arg resolves them: global ARGs (before the
        // first FROM) in FROM lines, the final stage's own ARGs in USER.
        let firstFrom = instructions.firstIndex { $0.keyword == "FROM" } ?? 0
        let globalArguments = Self.argumentDefaults(instructions[..<firstFrom])
        let user = final.last { $0.keyword == "USER" }
        let userName = user.map { String(Self.expand($0.arguments, Self.argumentDefaults(final)).split(separator: ":").first ?? "") }
        if userName == nil || userName == "root" || userName == "0" {
            add("dockerfile.user_root", .critical, user?.line, "the final stage runs as root", fix: "USER <uid>:<gid> (a fixed non-root id) before ENTRYPOINT")
        }
        let healthcheck = final.last { $0.keyword == "HEALTHCHECK" }
        if healthcheck == nil || healthcheck?.arguments.uppercased().hasPrefix("NONE") == true {
            add("dockerfile.no_healthcheck", .warn, healthcheck?.line, "the image has no healthcheck: Docker cannot tell a hung gateway", fix: "HEALTHCHECK CMD [\"openclaw\", \"health\"]")
        }
        for instruction in instructions where ["ENV", "ARG"].contains(instruction.keyword) {
            for (name, value) in Self.assignments(instruction.arguments) where ComposeAudit.isSecret(name: name, value: value) && !value.isEmpty {
                add("dockerfile.secret_in_env", .critical, instruction.line, "\(instruction.keyword) \(name) bakes a secret into the image's layers", fix: "pass secrets at run time as files (compose secrets:)")
            }
        }
        let stageNames = Set(instructions.filter { $0.keyword == "FROM" }.compactMap(Self.stageName))
        for from in instructions where from.keyword == "FROM" {
            let written = from.arguments.split(separator: " ").first { !$0.hasPrefix("--") }.map(String.init) ?? ""
            let image = Self.expand(written, globalArguments)
            if image == "scratch" || stageNames.contains(image) || image.contains("$") || image.contains("@sha256:") { continue }
            let tag = image.split(separator: "/").last?.split(separator: ":", maxSplits: 1).dropFirst().first
            if tag == nil || tag == "latest" {
                add("dockerfile.base_unpinned", .info, from.line, "\(image) is not pinned to a version", fix: "name a version tag or, better, a digest (@sha256:…)")
            }
        }
        for instruction in instructions where instruction.keyword == "ADD" && instruction.arguments.contains("://") {
            add("dockerfile.add_remote", .warn, instruction.line, "ADD fetches a URL without checking what arrives", fix: "download in a RUN step that verifies a checksum")
        }
        for instruction in instructions where instruction.keyword == "RUN" {
            let command = instruction.arguments
            if (command.contains("curl") || command.contains("wget")) && (command.contains("| sh") || command.contains("| bash") || command.contains("|sh")) {
                add("dockerfile.pipe_to_shell", .warn, instruction.line, "RUN pipes a download into a shell", fix: "download, verify a checksum or signature, then run")
            }
        }
        return findings
    }

    /// Instructions with continuation lines joined and comments dropped; keywords upper-cased.
    static func instructions(_ text: String) -> [Instruction] {
        var instructions: [Instruction] = []
        var pending = ""
        var startLine = 0
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimming(" \t\r")
            if pending.isEmpty && (line.isEmpty || line.hasPrefix("#")) { continue }
            if !pending.isEmpty && line.hasPrefix("#") { continue }
            if pending.isEmpty { startLine = index + 1 }
            if line.hasSuffix("\\") {
                pending += line.dropLast() + " "
                continue
            }
            pending += line
            let parts = pending.split(separator: " ", maxSplits: 1)
            instructions.append(Instruction(line: startLine, keyword: parts.first.map { $0.uppercased() } ?? "", arguments: parts.count > 1 ? String(parts[1]).trimming(" \t") : ""))
            pending = ""
        }
        return instructions
    }

    static func stageName(_ from: Instruction) -> String? {
        let words = from.arguments.split(separator: " ")
        guard let index = words.firstIndex(where: { $0.uppercased() == "AS" }), index + 1 < words.count else { return nil }
        return String(words[index + 1])
    }

    /// `NAME=value NAME2="x y"` or the legacy `NAME value`.
    static func assignments(_ arguments: String) -> [(String, String)] {
        guard arguments.contains("=") else {
            let parts = arguments.split(separator: " ", maxSplits: 1)
            return parts.isEmpty ? [] : [(String(parts[0]), parts.count > 1 ? String(parts[1]) : "")]
        }
        var pairs: [(String, String)] = []
        for word in arguments.split(separator: " ") {
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? String(parts[1]).trimming("\"'") : ""
            pairs.append((String(parts[0]), value))
        }
        return pairs
    }
}

extension StringProtocol {
    /// Drops the given characters from both ends (no Foundation needed).
    func trimming(_ set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
