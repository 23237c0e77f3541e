import CoreMetrics
import Metrics
package import Prometheus
import Foundation
import OpenClawCore

/// The gateway's Prometheus metrics. Names are an interface (dashboards and alert rules use
/// them); label values come from fixed sets, never from user input.
package struct GatewayMetrics: Sendable {
    package let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    package init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[Self.modelDurationName] = [
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(10),
            .seconds(20), .seconds(30), .seconds(60), .seconds(120),
        ]
        self.factory = factory
        Gauge(label: "openclaw_build_info", dimensions: [("version", OpenClawVersion.current)], factory: factory).record(1)
        startCountersAtZero()
    }

    /// Counters that alert rules watch with `increase()` exist from the start at 0, so the first
    /// burst after a restart counts (Prometheus takes a new series' first value as its baseline).
    private func startCountersAtZero() {
        counter("openclaw_webhook_auth_failures_total").increment(by: 0)
        counter("openclaw_config_reloads_total", [("result", "refused")]).increment(by: 0)
        for kind in CostAlert.Kind.allCases {
            counter("openclaw_cost_alerts_total", [("kind", kind.rawValue)]).increment(by: 0)
        }
        for scope in RateLimitedScope.all {
            counter("openclaw_ratelimited_total", [("scope", scope.label)]).increment(by: 0)
        }
        for scope in BudgetScope.allCases {
            counter("openclaw_budget_refusals_total", [("scope", scope.rawValue)]).increment(by: 0)
        }
    }

    private func counter(_ name: String, _ dimensions: [(String, String)] = []) -> CoreMetrics.Counter {
        CoreMetrics.Counter(label: name, dimensions: dimensions, factory: factory)
    }

    func updateReceived(source: UpdateSource) {
        counter("openclaw_telegram_updates_total", [("source", source.rawValue)]).increment()
    }

    func updateDuplicate() {
        counter("openclaw_telegram_updates_duplicate_total").increment()
    }

    func accessDecision(_ decision: AccessDecisionLabel) {
        counter("openclaw_access_decisions_total", [("decision", decision.decision), ("reason", decision.reason)]).increment()
    }

    func pairingRequest(result: PipelineEvent.PairingResult) {
        counter("openclaw_pairing_requests_total", [("result", result.rawValue)]).increment()
    }

    /// `provider` and `model` are ids from the config (a fixed, operator-chosen set).
    func modelCall(provider: String, model: String, outcome: CallOutcome) {
        counter("openclaw_llm_calls_total", [("provider", provider), ("model", model), ("outcome", outcome.rawValue)]).increment()
    }

    static let modelDurationName = "openclaw_llm_request_duration_seconds"

    /// From request to answer, retries and fallbacks included.
    func modelRequestDuration(provider: String, outcome: CallOutcome, _ duration: Duration) {
        CoreMetrics.Timer(label: Self.modelDurationName, dimensions: [("provider", provider), ("outcome", outcome.rawValue)], factory: factory)
            .recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// A webhook request without the right secret header.
    func webhookAuthFailure() {
        counter("openclaw_webhook_auth_failures_total").increment()
    }

    /// The audit chain's newest sequence number and when it was last signed.
    func auditChain(headSeq: Int64, checkpointAt time: Date) {
        Gauge(label: "openclaw_audit_chain_head_sequence", factory: factory).record(headSeq)
        Gauge(label: "openclaw_audit_last_checkpoint_timestamp_seconds", factory: factory).record(time.timeIntervalSince1970)
    }

    func auditCheckpointFailed() {
        counter("openclaw_audit_checkpoint_failures_total").increment()
    }

    func webhookRequest(result: WebhookResult) {
        counter("openclaw_webhook_requests_total", [("result", result.rawValue)]).increment()
    }

    /// `secret` is a secret id from the config (a fixed, operator-chosen set).
    func secretReload(secret: String, result: ReloadResult) {
        counter("openclaw_secret_reloads_total", [("secret", secret), ("result", result.rawValue)]).increment()
    }

    func configReload(result: ReloadResult) {
        counter("openclaw_config_reloads_total", [("result", result.rawValue)]).increment()
    }

    /// Settings changed in the file that wait for a restart.
    func configRestartPending(_ count: Int) {
        Gauge(label: "openclaw_config_restart_pending", factory: factory).record(count)
    }

    func rateLimited(scope: RateLimitedScope) {
        counter("openclaw_ratelimited_total", [("scope", scope.label)]).increment()
    }

    func budgetRefusal(scope: BudgetScope) {
        counter("openclaw_budget_refusals_total", [("scope", scope.rawValue)]).increment()
    }

    /// `kind`: budget_threshold | budget_exhausted | cost_spike.
    func costAlert(kind: CostAlert.Kind) {
        counter("openclaw_cost_alerts_total", [("kind", kind.rawValue)]).increment()
    }

    func tokens(provider: String, model: String, usage: TokenUsage) {
        for (type, count) in [("input", usage.input), ("output", usage.output), ("cache_read", usage.cacheRead), ("cache_write", usage.cacheWrite)] {
            counter("openclaw_llm_tokens_total", [("provider", provider), ("model", model), ("type", type)]).increment(by: count)
        }
    }

    func cost(provider: String, model: String, usd: Double) {
        FloatingPointCounter(label: "openclaw_llm_cost_usd_total", dimensions: [("provider", provider), ("model", model)], factory: factory)
            .increment(by: usd)
    }

    /// Global spend and every configured cap; per-user spend stays out (no user ids as labels).
    func budget(spend: BudgetSpend, limits: BudgetLimits) {
        Gauge(label: "openclaw_budget_spent_usd", dimensions: [("scope", "global_day")], factory: factory).record(spend.globalDay)
        Gauge(label: "openclaw_budget_spent_usd", dimensions: [("scope", "global_month")], factory: factory).record(spend.globalMonth)
        for scope in BudgetScope.allCases {
            if let limit = limits.limit(scope) {
                Gauge(label: "openclaw_budget_limit_usd", dimensions: [("scope", scope.rawValue)], factory: factory).record(limit)
            }
        }
    }

    /// `secret` is a secret id from the config (a fixed, operator-chosen set).
    func secretExpiry(secret: String, expires: Date?, ageDays: Int?) {
        if let expires {
            Gauge(label: "openclaw_secret_expiry_timestamp_seconds", dimensions: [("secret", secret)], factory: factory)
                .record(expires.timeIntervalSince1970)
        }
        if let ageDays {
            // In seconds (whole days of them): Prometheus wants base units, and promtool's lint refuses `_days`.
            Gauge(label: "openclaw_secret_age_seconds", dimensions: [("secret", secret)], factory: factory).record(ageDays * 86_400)
        }
    }

    /// `stage` is input or output; `action` block, flag or allow. Never the rule's matched text.
    func contentFiltered(stage: PipelineEvent.FilterStage, action: ContentFilterConfig.Action) {
        counter("openclaw_content_filter_total", [("stage", stage.rawValue), ("action", action.rawValue)]).increment()
    }

    func retentionPruned(kind: RetentionKind, count: Int) {
        counter("openclaw_retention_pruned_total", [("kind", kind.rawValue)]).increment(by: Int64(count))
    }

    /// `reason`: slow_request (a request not received whole within the listener's request timeout).
    func connectionClosed(reason: ConnectionCloseReason) {
        counter("openclaw_http_connections_closed_total", [("reason", reason.rawValue)]).increment()
    }

    /// An update set aside unhandled because it was in hand when the process died too often.
    func updateParked() {
        counter("openclaw_telegram_updates_parked_total").increment()
    }

    func messageSent() {
        counter("openclaw_telegram_messages_sent_total").increment()
    }

    func sendRetried() {
        counter("openclaw_telegram_send_retries_total").increment()
    }

    func sendFailed() {
        counter("openclaw_telegram_send_failures_total").increment()
    }

    /// The Prometheus text exposition of every metric, then this process's own (`process_*`).
    package func exposition() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return Self.withHelp(String(decoding: buffer, as: UTF8.self)) + ProcessMetrics.sample().exposition()
    }
}
