#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawStore
import OpenClawTelegram

/// Carries out outcomes: counts and logs their events, writes their audit records, raises their
/// cost alerts, stores turns, usage and replies with the update marked done in one transaction,
/// and hands the replies to the outbox. The only place the pipeline's decisions touch the world.
struct EffectsPerformer: Sendable {
    let store: OpenClawStore
    let completions: CompletionWriter
    let events: EventRecorder
    let auditor: Auditor
    let outbox: OutboxSender
    let grants: AccessCache
    /// `channels.telegram.textChunkLimit` in force.
    let chunkLimit: @Sendable () -> Int
    let now: @Sendable () -> Date

    /// Performs one update's outcome (`updateId` nil for messages no update caused, like alerts).
    func perform(_ outcome: Outcome, for updateId: Int64?) async {
        await perform([(updateId, outcome)])
    }

    /// Performs several outcomes with one store transaction for all of them.
    func perform(_ outcomes: [(updateId: Int64?, outcome: Outcome)]) async {
        var completions: [UpdateCompletion] = []
        for (updateId, outcome) in outcomes {
            events.record(outcome.events)
            if let move = outcome.migration { await record(move) }
            for record in outcome.audits { await auditor.write(record) }
            var replies = outcome.replies
            for alert in outcome.costAlerts { replies += await raise(alert) }
            completions.append(
                UpdateCompletion(
                    updateId: updateId, turns: outcome.turns, usage: outcome.usage, reservationId: outcome.reservationId,
                    replies: replies.flatMap(chunks), parked: outcome.parked
                )
            )
        }
        do {
            let queued = try await self.completions.write(completions)
            if !queued.isEmpty { await outbox.enqueue(queued) }
        } catch {
            events.record(.storeFailed(operation: "complete update", error: "\(type(of: error))"))
        }
        if outcomes.contains(where: { $0.outcome.grantsChanged }) { grants.invalidate() }
    }

    /// A group moved: its entry follows (recorded, audited), and the access cache learns it.
    func record(_ move: GroupMove) async {
        do {
            try await store.recordGroupMigration(from: move.from, to: move.to, at: now())
            await auditor.write(.groupMigrated, chatId: move.to, ["from": String(move.from), "to": String(move.to)])
            events.record(.groupMigrated)
        } catch {
            events.record(.storeFailed(operation: "record group migration", error: "\(type(of: error))"))
        }
        grants.invalidate()
    }

    /// Raises an alert the first time its key is seen: metric, log line, audit record, owner DMs.
    private func raise(_ alert: CostAlert) async -> [Reply] {
        let first: Bool
        do {
            first = try await store.setSettingIfAbsent(OpenClawStore.alertMarkPrefix + alert.key, now().formatted(.iso8601))
        } catch {
            events.record(.storeFailed(operation: "mark cost alert", error: "\(type(of: error))"))
            return []
        }
        guard first else { return [] }
        let detail = alert.details.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        events.logger.warning("cost alert", metadata: ["kind": "\(alert.kind.rawValue)", "detail": "\(detail)"])
        await auditor.write(.costAlert, ["kind": alert.kind.rawValue].merging(alert.details) { first, _ in first })
        events.metrics.costAlert(kind: alert.kind)
        return alert.owners.sorted().map { Reply(text: alert.text, chatId: $0, threadId: nil, quoting: nil, userId: nil) }
    }

    /// Telegram-sized pieces; the first quotes what the reply answers.
    private func chunks(_ reply: Reply) -> [OutboxMessage] {
        let created = now()
        return MessageChunker.chunks(of: reply.text, limit: chunkLimit()).enumerated().map { index, text in
            OutboxMessage(
                chatId: reply.chatId, threadId: reply.threadId, replyTo: index == 0 ? reply.quoting : nil, userId: reply.userId,
                text: text, createdAt: created
            )
        }
    }
}
