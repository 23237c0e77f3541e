/// What the webhook endpoint made of a request (`openclaw_webhook_requests_total{result}`).
enum WebhookResult: String, Sendable {
    case accepted
    case unauthorized
    case throttled
    case tooLarge = "too_large"
    case malformed
    case duplicate
}
