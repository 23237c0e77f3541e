import Logging
import OpenClawCore

/// Turns pipeline events into their metric and their log line: the one place that counts and
/// logs what happened to an update.
struct EventRecorder: Sendable {
    let metrics: GatewayMetrics
    let logger: Logger

    func record(_ events: [PipelineEvent]) {
        for event in events { record(event) }
    }

    func record(_ event: PipelineEvent) {
        switch event {
        case .accessDecision(let label):
            metrics.accessDecision(label)
        case .senderRefused(let reason, let chat, let updateId):
            logger.notice(
                "unauthorized sender refused", metadata: ["reason": "\(reason.rawValue)", "chat": "\(chat.rawValue)", "update": "\(updateId)"]
            )
        case .ignored(let reason, let updateId):
            logger.debug("message ignored", metadata: ["reason": "\(reason.rawValue)", "update": "\(updateId)"])
        case .groupMigrated:
            logger.info("group migrated to supergroup; its allowlist entry follows")
        case .pairing(let result, let updateId):
            switch result {
            case .created:
                metrics.pairingRequest(result: result)
                logger.notice("pairing request created", metadata: ["update": "\(updateId)"])
            case .alreadyPending:
                metrics.pairingRequest(result: result)
            case .capacity:
                metrics.pairingRequest(result: result)
                logger.warning("pairing request ignored: too many pending requests")
            case .capacityRepeated:
                metrics.pairingRequest(result: .capacity)
            }
        case .pairingReplyLimited(let scope):
            metrics.rateLimited(scope: .rule(scope))
        case .pairingReplyWithheld(let scope, let updateId):
            logger.notice("pairing reply withheld: rate limited", metadata: ["scope": "\(scope.rawValue)", "update": "\(updateId)"])
        case .rateLimited(let scope, let updateId):
            metrics.rateLimited(scope: .rule(scope))
            logger.notice("rate limited", metadata: ["scope": "\(scope.rawValue)", "update": "\(updateId)"])
        case .limiterFull(let scope):
            metrics.rateLimited(scope: .rule(scope))
            logger.warning("rate limiter full: message dropped", metadata: ["scope": "\(scope.rawValue)"])
        case .inputTooLong:
            metrics.rateLimited(scope: .inputLength)
        case .queueFull(let updateId):
            metrics.rateLimited(scope: .queue)
            logger.notice("sender queue full: message dropped", metadata: ["update": "\(updateId)"])
        case .contentFiltered(let stage, let action, let rules, let score, let updateId):
            metrics.contentFiltered(stage: stage, action: action)
            if stage == .output {
                logger.warning("reply withheld: it contained the system prompt canary", metadata: ["update": "\(updateId)"])
            } else {
                logger.notice(
                    "content filter matched",
                    metadata: ["action": "\(action.rawValue)", "rules": "\(rules)", "score": "\(score)", "update": "\(updateId)"]
                )
            }
        case .budgetSpend(let spend, let limits):
            metrics.budget(spend: spend, limits: limits)
        case .budgetRefused(let scope):
            metrics.budgetRefusal(scope: scope)
            logger.notice("budget exhausted: model not called", metadata: ["scope": "\(scope.rawValue)"])
        case .budgetUnavailable(let error):
            logger.error("budget check failed; model not called", metadata: ["error": "\(error)"])
        case .modelCall(let provider, let model, let succeeded, let duration):
            metrics.modelCall(provider: provider, model: model, outcome: CallOutcome(succeeded: succeeded))
            metrics.modelRequestDuration(provider: provider, outcome: CallOutcome(succeeded: succeeded), duration)
        case .modelFailed(let detail, let updateId):
            logger.error("model call failed", metadata: ["detail": "\(detail)", "update": "\(updateId)"])
        case .usage(let provider, let model, let tokens, let costUsd):
            metrics.tokens(provider: provider, model: model, usage: tokens)
            metrics.cost(provider: provider, model: model, usd: costUsd)
        case .messageText(let updateId, let text):
            logger.info("message text", metadata: ["update": "\(updateId)", "text": "\(text)"])
        case .replyText(let updateId, let text):
            logger.info("reply text", metadata: ["update": "\(updateId)", "text": "\(text)"])
        case .historyUnavailable(let error):
            logger.error("loading history failed", metadata: ["error": "\(error)"])
        case .commandFailed(let command, let error):
            logger.error("chat command failed", metadata: ["command": "\(command.rawValue)", "error": "\(error)"])
        case .userErased:
            logger.notice("user data erased at the user's request")
        case .parked(let updateId, let attempts):
            metrics.updateParked()
            logger.error(
                "update set aside: it was being handled when the process stopped, too often",
                metadata: ["update": "\(updateId)", "attempts": "\(attempts)"]
            )
        case .storeFailed(let operation, let error):
            logger.error("store write failed", metadata: ["operation": "\(operation)", "error": "\(error)"])
        }
    }
}
