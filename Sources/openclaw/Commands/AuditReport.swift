import Foundation
import OpenClawOperations

/// How `security audit` prints its result: a table for people, JSON for scripts.
struct AuditReport: Encodable {
    var findings: [AuditFinding]
    var summary: [String: Int]
    var fixed: [String]

    init(result: SecurityAudit.Result, fixed: [String]) {
        findings = result.findings
        summary = Dictionary(uniqueKeysWithValues: AuditSeverity.allCases.map { severity in
            (severity.rawValue, result.findings.count { $0.severity == severity })
        })
        self.fixed = fixed
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    static func table(_ findings: [AuditFinding]) -> String {
        guard !findings.isEmpty else { return "no findings" }
        var lines: [String] = []
        for finding in findings {
            lines.append("\(pad(finding.severity.rawValue.uppercased(), 9))\(finding.checkId)  \(finding.target)")
            lines.append("         \(finding.message)")
            lines.append("         fix: \(finding.fix)")
        }
        let counts = AuditSeverity.allCases.reversed().map { severity in "\(findings.count { $0.severity == severity }) \(severity.rawValue)" }
        lines.append("")
        lines.append(counts.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }
}
