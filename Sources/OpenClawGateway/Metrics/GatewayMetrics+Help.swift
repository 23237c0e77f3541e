/// The `# HELP` text of every metric the gateway exports; `promtool check metrics` requires one,
/// and the dashboards' panel descriptions come from the same words.
extension GatewayMetrics {
    static let help: [String: String] = [
        "openclaw_build_info": "The running openclaw version (always 1).",
        "openclaw_telegram_updates_total": "Telegram updates stored, by source (poll or webhook).",
        "openclaw_telegram_updates_duplicate_total": "Telegram updates ignored because their update_id was already stored.",
        "openclaw_access_decisions_total": "Access control decisions on incoming messages, by decision and reason.",
        "openclaw_pairing_requests_total": "Pairing codes requested by strangers, by result.",
        "openclaw_llm_calls_total": "Model calls, by provider, model and outcome.",
        "openclaw_llm_request_duration_seconds": "Time from model request to answer, retries and fallbacks included, by provider and outcome.",
        "openclaw_llm_tokens_total": "Model tokens used, by provider, model and type.",
        "openclaw_llm_cost_usd_total": "Model spend in US dollars, by provider and model.",
        "openclaw_webhook_requests_total": "Webhook requests, by result.",
        "openclaw_webhook_auth_failures_total": "Webhook requests without the right secret token header, and those refused (429) from a source that kept failing.",
        "openclaw_secret_reloads_total": "Changed secret files applied or refused by the running gateway, by secret id and result.",
        "openclaw_config_reloads_total": "Edited configuration files applied or refused by the running gateway, by result.",
        "openclaw_config_restart_pending": "Settings changed in the configuration file that wait for a restart to take effect.",
        "openclaw_secret_expiry_timestamp_seconds": "When each secret is due for rotation, as a Unix time.",
        "openclaw_secret_age_seconds": "Time since each secret file was last written, in whole days counted in seconds.",
        "openclaw_ratelimited_total": "Messages refused by a rate limit, by scope.",
        "openclaw_budget_refusals_total": "Model calls refused because a budget was used up, by budget scope.",
        "openclaw_budget_spent_usd": "Spend in the current UTC day and month for the whole bot, in US dollars.",
        "openclaw_budget_limit_usd": "Configured budgets in US dollars, by scope.",
        "openclaw_cost_alerts_total": "Cost alerts raised (budget threshold, budget exhausted, spend spike).",
        "openclaw_content_filter_total": "Content filter decisions, by stage and action.",
        "openclaw_retention_pruned_total": "Rows removed or anonymised by retention, by kind.",
        "openclaw_telegram_messages_sent_total": "Messages sent to Telegram.",
        "openclaw_telegram_send_failures_total": "Messages given up on: Telegram refused them for good (chat gone, bot blocked) or did not accept them for a day.",
        "openclaw_telegram_send_retries_total": "Sends that failed for a passing reason (5xx, timeout, connection) and were scheduled again.",
        "openclaw_telegram_updates_parked_total": "Updates set aside unhandled because they were being handled when the process died twice.",
        "openclaw_audit_chain_head_sequence": "Sequence number of the newest audit record at the last checkpoint.",
        "openclaw_audit_last_checkpoint_timestamp_seconds": "When the audit chain head was last signed into the checkpoint file, as a Unix time.",
        "openclaw_audit_checkpoint_failures_total": "Audit checkpoints that could not be signed or written.",
    ]

    /// Puts a `# HELP` line before each `# TYPE` line of a metric we describe.
    static func withHelp(_ exposition: String) -> String {
        var lines: [Substring] = []
        for line in exposition.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# TYPE "), let name = line.dropFirst(7).split(separator: " ").first, let text = help[String(name)] {
                lines.append(Substring("# HELP \(name) \(text)"))
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
