import Logging
import OpenClawCore

/// Writes one audit record per sender and kind whose refusals were counted but not written.
struct DenialSummaries: Sendable {
    let runtime: GatewayRuntime

    func write() async {
        for summary in runtime.denials.sweep() {
            let parts = summary.key?.kind.split(separator: "/", maxSplits: 1).map(String.init) ?? ["access.denied", "overflow"]
            var details = ["repeats": String(summary.repeats), "summary": "true"]
            if parts.count > 1 { details["reason"] = parts[1] }
            await runtime.audit(AuditKind(rawValue: parts[0]) ?? .accessDenied, userId: summary.key?.sender, details)
        }
    }
}
