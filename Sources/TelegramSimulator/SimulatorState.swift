import OpenClawTelegram

/// Everything the simulator remembers, behind one `Mutex` in `TelegramSimulator`.
struct SimulatorState: Sendable {
    struct Webhook: Sendable {
        var url: String
        var secretToken: String?
    }

    struct FailurePlan: Sendable {
        var remaining: Int
        var retryAfter: Int
    }

    struct MethodFailurePlan: Sendable {
        var remaining: Int
        var status: Int
    }

    var nextUpdateId: Int64 = 100_000
    var nextMessageId: Int64 = 1
    /// Injected updates not yet confirmed by a `getUpdates` offset nor delivered to the webhook.
    var pending: [Update] = []
    var webhook: Webhook?
    /// Where webhook deliveries really go, whatever URL was registered (a gateway listening on
    /// a port it chose, behind the URL Telegram would know).
    var webhookTarget: String?
    var sent: [SentMessage] = []
    var edits: [SentMessage] = []
    var chatActions: [RecordedChatAction] = []
    var deliveries: [WebhookDelivery] = []
    var calls: [String: Int] = [:]
    /// Calls refused with 401 because they presented a token that is not (or no longer) the bot's.
    var refusedTokenCalls = 0
    var failures: [Int64: FailurePlan] = [:]
    /// Scripted failures by method name, from `failNextCalls`.
    var methodFailures: [String: MethodFailurePlan] = [:]
    var chats: [Int64: TelegramChat] = [:]
    var port: Int = 0
    var token = ""
    /// Set by `stop()` so long polls answer at once instead of holding the shutdown up.
    var stopping = false

    mutating func takeUpdateId() -> Int64 {
        defer { nextUpdateId += 1 }
        return nextUpdateId
    }

    mutating func takeMessageId() -> Int64 {
        defer { nextMessageId += 1 }
        return nextMessageId
    }

    /// The chat with `id`, as injected updates introduced it, else a plausible one.
    func chat(_ id: Int64) -> TelegramChat {
        chats[id] ?? TelegramChat(id: id, type: id > 0 ? .private : .supergroup)
    }
}
