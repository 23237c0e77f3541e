import OpenClawCore

/// Writes one audit record per sender and kind whose refusals were counted but not written.
struct DenialSummaries: Sendable {
    let denials: DenialRecorder
    let auditor: Auditor

    func write() async {
        for summary in denials.sweep() {
            var details = ["repeats": String(summary.repeats), "summary": "true"]
            if let key = summary.key {
                if let reason = key.reason { details["reason"] = reason }
            } else {
                details["reason"] = "overflow"
            }
            await auditor.write(summary.key?.kind ?? .accessDenied, userId: summary.key?.sender, details)
        }
    }
}
