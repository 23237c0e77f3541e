import Foundation
import Logging
import OpenClawCore
import OpenClawStore
import OpenClawTelegram

/// Raises a cost alert once per alert key: an audit event, a `cost alert` warn log line, a metric,
/// and one Telegram DM to each owner.
struct CostAlerts: Sendable {
    let runtime: GatewayRuntime

    func fire(_ alerts: [BudgetAlert]) async {
        for alert in alerts {
            let kind = alert.percent >= 100 ? "budget_exhausted" : "budget_threshold"
            let text = "Cost alert: \(alert.scope.rawValue.replacingOccurrences(of: "_", with: " ")) budget at \(alert.percent)% "
                + "(\(Self.usd(alert.spentUsd)) of \(Self.usd(alert.limitUsd)))."
            await raise(key: alert.key, kind: kind, text: text, details: [
                "scope": alert.scope.rawValue, "percent": String(alert.percent),
                "spentUsd": Self.usd(alert.spentUsd), "limitUsd": Self.usd(alert.limitUsd),
            ])
        }
    }

    func fireSpike(_ spike: CostSpike) async {
        let text = "Cost alert: spend spike, \(Self.usd(spike.recentUsd)) in the last \(runtime.config.limits.costSpike.windowMinutes) min "
            + "against \(Self.usd(spike.expectedUsd)) expected. Possible abuse: check the usage and the allowlist."
        await raise(key: spike.key, kind: "cost_spike", text: text, details: [
            "recentUsd": Self.usd(spike.recentUsd), "expectedUsd": Self.usd(spike.expectedUsd),
        ])
    }

    private func raise(key: String, kind: String, text: String, details: [String: String]) async {
        // The store remembers fired keys, so each alert fires once even across restarts.
        guard (try? await runtime.store.setSettingIfAbsent(OpenClawStore.alertMarkPrefix + key, runtime.now().formatted(.iso8601))) == true else { return }
        runtime.metrics.costAlert(kind: kind)
        runtime.logger.warning("cost alert", metadata: ["kind": "\(kind)", "detail": "\(details.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))"])
        await runtime.audit(.costAlert, ["kind": kind].merging(details) { first, _ in first })
        for owner in await runtime.owners().sorted() {
            do {
                _ = try await runtime.pacer.send(chatId: owner, isGroup: false) { [telegram = runtime.telegram] in
                    try await telegram.sendMessage(chatId: owner, text: text)
                }
            } catch {
                runtime.logger.error("cost alert DM to an owner failed", metadata: ["error": "\(error)"])
            }
        }
    }

    static func usd(_ value: Double) -> String {
        "$" + USDFormat.amount(value, decimals: 2)
    }
}
