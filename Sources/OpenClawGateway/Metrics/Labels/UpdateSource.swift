/// How an update reached the gateway (`openclaw_telegram_updates_total{source}`).
enum UpdateSource: String, Sendable {
    case poll
    case webhook
}
