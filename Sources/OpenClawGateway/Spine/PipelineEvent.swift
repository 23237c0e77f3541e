import OpenClawCore
import OpenClawLLM

/// Something worth counting or logging that happened to one update. Stages return these as
/// values; `EventRecorder` turns each into its metric and its log line (ids, reasons and figures
/// only — message text only where `logging.messages` asks for it, redacted).
enum PipelineEvent: Sendable {
    case accessDecision(AccessDecisionLabel)
    case senderRefused(IgnoreReason, chat: InboundMessage.ChatKind, updateId: Int64)
    case ignored(IgnoreReason, updateId: Int64)
    case groupMigrated
    case pairing(PairingResult, updateId: Int64)
    case pairingReplyLimited(LimitScope)
    case pairingReplyWithheld(LimitScope, updateId: Int64)
    case rateLimited(LimitScope, updateId: Int64)
    case limiterFull(LimitScope)
    case inputTooLong
    case queueFull(updateId: Int64)
    case contentFiltered(stage: FilterStage, action: ContentFilterConfig.Action, rules: String, score: Int, updateId: Int64)
    case budgetSpend(BudgetSpend, BudgetLimits)
    case budgetRefused(BudgetScope)
    case budgetUnavailable(error: String)
    case modelCall(provider: String, model: String, succeeded: Bool, duration: Duration)
    case modelFailed(detail: String, updateId: Int64)
    case usage(provider: String, model: String, tokens: TokenUsage, costUsd: Double)
    case messageText(updateId: Int64, text: String)
    case replyText(updateId: Int64, text: String)
    case historyUnavailable(error: String)
    case commandFailed(ChatCommand, error: String)
    case userErased
    case parked(updateId: Int64, attempts: Int)
    case storeFailed(operation: String, error: String)

    enum PairingResult: String, Sendable {
        case created
        case alreadyPending = "already_pending"
        case capacity
        case capacityRepeated = "capacity_repeated"
    }

    enum FilterStage: String, Sendable {
        case input
        case output
    }
}

/// A decision flattened into two bounded label values.
struct AccessDecisionLabel: Sendable {
    var decision: String
    var reason: String
}
