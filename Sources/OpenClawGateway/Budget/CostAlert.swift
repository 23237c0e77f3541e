import Foundation
import OpenClawCore

/// A cost alert to raise once per key: an audit event, a `cost alert` log line, a metric, and a
/// direct message to each owner.
struct CostAlert: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        case budgetThreshold = "budget_threshold"
        case budgetExhausted = "budget_exhausted"
        case costSpike = "cost_spike"
    }

    /// Fired keys are remembered in the store, so each alert fires once, across restarts too.
    var key: String
    var kind: Kind
    var text: String
    var details: [String: String]
    var owners: Set<Int64>

    init(_ alert: BudgetAlert, owners: Set<Int64>) {
        key = alert.key
        kind = alert.percent >= 100 ? .budgetExhausted : .budgetThreshold
        text = "Cost alert: \(alert.scope.rawValue.replacingOccurrences(of: "_", with: " ")) budget at \(alert.percent)% "
            + "(\(USDFormat.dollars(alert.spentUsd)) of \(USDFormat.dollars(alert.limitUsd)))."
        details = [
            "scope": alert.scope.rawValue, "percent": String(alert.percent),
            "spentUsd": USDFormat.dollars(alert.spentUsd), "limitUsd": USDFormat.dollars(alert.limitUsd),
        ]
        self.owners = owners
    }

    init(_ spike: CostSpike, windowMinutes: Int, owners: Set<Int64>) {
        key = spike.key
        kind = .costSpike
        text = "Cost alert: spend spike, \(USDFormat.dollars(spike.recentUsd)) in the last \(windowMinutes) min "
            + "against \(USDFormat.dollars(spike.expectedUsd)) expected. Possible abuse: check the usage and the allowlist."
        details = ["recentUsd": USDFormat.dollars(spike.recentUsd), "expectedUsd": USDFormat.dollars(spike.expectedUsd)]
        self.owners = owners
    }
}
