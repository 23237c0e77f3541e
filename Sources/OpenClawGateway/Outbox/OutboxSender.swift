#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawStore
import OpenClawTelegram
import ServiceLifecycle

/// Sends what the pipeline queued in the store's outbox: each chat's messages in order, chats
/// side by side, paced under Telegram's limits. A message leaves the store only when Telegram
/// accepted it (or can never accept it), so a failing Bot API or a crash delays a reply but does
/// not lose it, and a reply already produced is never produced again.
actor OutboxSender: Service {
    /// Longest wait between two tries of one message.
    static let maxBackoff = Duration.seconds(300)
    /// A message Telegram has not accepted for this long is given up.
    static let giveUpAfter: TimeInterval = 86_400

    /// A connection of its own (see `GatewayParts`); `StoreCloser` closes it after this service stops.
    let store: OpenClawStore
    private let telegram: TelegramBotClient
    private let pacer: OutboundPacer<ContinuousClock>
    private let health: TelegramHealth
    private let metrics: GatewayMetrics
    private let logger: Logger
    private let now: @Sendable () -> Date
    private let onMigration: @Sendable (GroupMove) async -> Void
    private let retryDelay: Duration

    private var queues: [Int64: [OutboxMessage]] = [:]
    private var delivering: Set<Int64> = []
    private var shuttingDown = false
    private let ready: AsyncStream<Int64>
    private let readyContinuation: AsyncStream<Int64>.Continuation

    init(
        store: OpenClawStore, telegram: TelegramBotClient, pacer: OutboundPacer<ContinuousClock>, health: TelegramHealth,
        metrics: GatewayMetrics, logger: Logger, now: @escaping @Sendable () -> Date, retryDelay: Duration = .seconds(2),
        onMigration: @escaping @Sendable (GroupMove) async -> Void
    ) {
        self.retryDelay = retryDelay
        self.store = store
        self.telegram = telegram
        self.pacer = pacer
        self.health = health
        self.metrics = metrics
        self.logger = logger
        self.now = now
        self.onMigration = onMigration
        (ready, readyContinuation) = AsyncStream.makeStream()
    }

    /// Messages just queued in the store: send them.
    func enqueue(_ messages: [OutboxMessage]) {
        for message in messages {
            queues[message.chatId, default: []].append(message)
            if !delivering.contains(message.chatId) {
                delivering.insert(message.chatId)
                readyContinuation.yield(message.chatId)
            }
        }
    }

    /// Replies a replica that died had queued: this one sends them (another survivor does not).
    func adoptOrphans() async {
        guard !shuttingDown else { return }
        do {
            let orphans = try await store.outboxAdopt(limit: 1000)
            guard !orphans.isEmpty else { return }
            logger.info("sending replies a stopped replica left", metadata: ["messages": "\(orphans.count)"])
            enqueue(orphans)
        } catch {
            logger.warning("reading the outbox failed", metadata: ["error": "\(type(of: error))"])
        }
    }

    /// Every waiting message is due now: what failed under a revoked bot token goes out as soon as
    /// the new one is in place, not after the backoff it had grown meanwhile.
    func retryNow() {
        let due = now()
        for chatId in queues.keys {
            for index in queues[chatId, default: []].indices where queues[chatId]![index].nextAttemptAt > due {
                queues[chatId]![index].nextAttemptAt = due
            }
        }
    }

    /// Messages waiting, in memory (for tests and the idle check).
    var pendingCount: Int { queues.values.reduce(0) { $0 + $1.count } }

    func run() async {
        await resumeFromStore()
        await withDiscardingTaskGroup { group in
            await withGracefulShutdownHandler {
                for await chatId in ready {
                    group.addTask { await self.deliver(chat: chatId) }
                }
            } onGracefulShutdown: { [readyContinuation] in
                readyContinuation.finish()
            }
            // The running deliveries send what is ready and stop at the first message that must wait.
            shuttingDown = true
        }
    }

    /// Replies produced before a restart are sent from the store, not produced again (with
    /// several replicas: those no live replica holds).
    private func resumeFromStore() async {
        do {
            let pending = try await store.outboxAdopt(limit: .max)
            if !pending.isEmpty { logger.info("resuming replies queued before the restart", metadata: ["messages": "\(pending.count)"]) }
            enqueue(pending)
        } catch {
            logger.error("reading the outbox failed", metadata: ["error": "\(type(of: error))"])
        }
    }

    /// Sends one chat's queue in order until it is empty.
    private func deliver(chat chatId: Int64) async {
        while let message = queues[chatId]?.first, !Task.isCancelled {
            let wait = message.nextAttemptAt.timeIntervalSince(now())
            if wait > 0 {
                // It stays in the store for the next start.
                guard !shuttingDown else { break }
                try? await Task.sleep(for: .seconds(min(wait, 1)))
                continue
            }
            await attempt(message)
        }
        queues[chatId] = nil
        delivering.remove(chatId)
    }

    private func attempt(_ message: OutboxMessage) async {
        guard let id = message.id else { return dropFirst(message.chatId) }
        do {
            _ = try await pacer.send(chatId: message.chatId, isGroup: message.chatId < 0) { [telegram] in
                try await telegram.sendMessage(
                    chatId: message.chatId, text: message.text, replyToMessageId: message.replyTo, messageThreadId: message.threadId
                )
            }
            metrics.messageSent()
            health.markSuccess(at: now())
            dropFirst(message.chatId)
            do {
                try await store.outboxRemove(id: id)
            } catch {
                logger.error("marking a sent message failed; it may be sent again after a restart", metadata: ["error": "\(type(of: error))"])
            }
        } catch {
            await failed(message, id: id, error)
        }
    }

    private func failed(_ message: OutboxMessage, id: Int64, _ error: any Error) async {
        if error is CancellationError { return }
        switch DeliveryFailure(error) {
        case .moved(let newChatId):
            logger.info("group moved while a reply was queued; sending to its new id")
            await onMigration(GroupMove(from: message.chatId, to: newChatId))
            try? await store.outboxMove(chatId: message.chatId, to: newChatId)
            let moved = (queues.removeValue(forKey: message.chatId) ?? []).map { queued in
                var queued = queued
                queued.chatId = newChatId
                return queued
            }
            enqueue(moved)
        case .permanent:
            giveUp(message, id: id, reason: "\(error)")
            try? await store.outboxRemove(id: id)
        case .retry where now().timeIntervalSince(message.createdAt) >= Self.giveUpAfter:
            giveUp(message, id: id, reason: "not accepted for a day: \(error)")
            try? await store.outboxRemove(id: id)
        case .retry:
            metrics.sendRetried()
            let attempts = message.attempts + 1
            let backoff = min(retryDelay * (1 << min(attempts - 1, 16)), Self.maxBackoff)
            let next = now().addingTimeInterval(backoff.inSeconds)
            logger.warning("telegram send failed; trying again", metadata: ["error": "\(error)", "attempt": "\(attempts)", "retryIn": "\(backoff)"])
            try? await store.outboxReschedule(id: id, attempts: attempts, nextAttemptAt: next)
            if var queue = queues[message.chatId], !queue.isEmpty {
                queue[0].attempts = attempts
                queue[0].nextAttemptAt = next
                queues[message.chatId] = queue
            }
        }
    }

    private func giveUp(_ message: OutboxMessage, id: Int64, reason: String) {
        metrics.sendFailed()
        logger.error("telegram send failed for good; message dropped", metadata: ["error": "\(reason)", "message": "\(id)"])
        dropFirst(message.chatId)
    }

    private func dropFirst(_ chatId: Int64) {
        guard var queue = queues[chatId], !queue.isEmpty else { return }
        queue.removeFirst()
        queues[chatId] = queue
    }
}
