#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore
import OpenClawTelegram
import ServiceLifecycle

/// Takes durable updates from the inbox and runs them through the pipeline.
///
/// Each batch is admitted in arrival order by the free stages; what needs no work (unmentioned
/// chatter, refused strangers, limited senders) is finished there and never takes a slot. What
/// needs work waits in its conversation's lane: one update per lane at a time, in order, lanes side
/// by side up to `maxActiveLanes`, started in the order they became ready — so a busy group cannot
/// hold up a direct message, and a slow model call holds one lane, not the inbox.
///
/// An update is claimed (its attempt count raised, durably) while it is in hand, and released
/// while it only waits. After a crash, each update that was in hand runs alone before anything
/// else is admitted; one that dies with the process again (in hand twice) is parked, audited,
/// and its sender told once, instead of being replayed into a crash for ever — and the updates
/// that merely shared the crash are not parked with it.
///
/// A sender with one update in hand and `limits.maxQueuedPerUser` waiting has further ones
/// dropped (finished unanswered, counted), so one sender cannot fill the lanes.
actor InboxScheduler: Service {
    static let maxAttempts = 2
    static let parkedReply = "Sorry, I could not handle your last message. Please send it again in other words."

    private let store: OpenClawStore
    private let pipelines: PipelineHolder
    private let performer: EffectsPerformer
    private let grants: AccessCache
    private let maxQueuedPerUser: @Sendable () -> Int
    private let afterModelCall: @Sendable () async -> Void
    private let maxActiveLanes: Int
    private let maxLoaded: Int
    private let tick: Duration

    private var known: Set<Int64> = []
    /// Decoded updates handed over by intake, until admitted.
    private var decoded: [Int64: Update] = [:]
    private var lanes: [SessionKey: Lane] = [:]
    private var ready: [SessionKey] = []
    private var active = 0
    private var perSender: [Int64: Int] = [:]
    private var stopping = false
    private let wakeups: AsyncStream<Void>
    private let wakeup: AsyncStream<Void>.Continuation

    init(
        store: OpenClawStore, pipelines: PipelineHolder, performer: EffectsPerformer, grants: AccessCache,
        maxQueuedPerUser: @escaping @Sendable () -> Int, afterModelCall: @escaping @Sendable () async -> Void = {},
        maxActiveLanes: Int = 256, maxLoaded: Int = 1024, tick: Duration = .seconds(1)
    ) {
        self.afterModelCall = afterModelCall
        self.store = store
        self.pipelines = pipelines
        self.performer = performer
        self.grants = grants
        self.maxQueuedPerUser = maxQueuedPerUser
        self.maxActiveLanes = max(1, maxActiveLanes)
        self.maxLoaded = max(1, maxLoaded)
        self.tick = tick
        (wakeups, wakeup) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Updates the poller or the webhook route just stored, already decoded: admitted without
    /// reading and decoding them again.
    func accept(_ updates: [Update]) {
        for update in updates where decoded.count < maxLoaded {
            decoded[update.updateId] = update
        }
        wakeup.yield()
    }

    func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.ticker() }
            await withGracefulShutdownHandler {
                for await _ in wakeups {
                    for key in await admitNewUpdates() {
                        group.addTask { await self.runLane(key) }
                    }
                }
            } onGracefulShutdown: { [wakeup] in
                wakeup.finish()
            }
            // Lanes finish the update in hand; what waits stays in the store for the next start.
            stopping = true
        }
    }

    /// A periodic look at the inbox picks up work a store error or a full window left behind.
    private func ticker() async {
        while !stopping {
            try? await Task.sleep(for: tick)
            wakeup.yield()
        }
    }

    /// Loads new stored updates, admits them in order, and returns the lanes to start.
    private func admitNewUpdates() async -> [SessionKey] {
        guard !stopping, known.count < maxLoaded else { return startReadyLanes() }
        let items: [Intake]
        var snapshot: AccessSnapshot
        let attempts: [Int64: Int]
        do {
            let pending = try await store.inboxPendingAttempts(limit: maxLoaded).filter { !known.contains($0.updateId) }.prefix(maxLoaded - known.count)
            let fresh = pending.map(\.updateId)
            guard !fresh.isEmpty else { return startReadyLanes() }
            if let suspect = pending.first(where: { $0.attempts > 0 })?.updateId {
                // Nothing else is admitted until each one in hand at a crash had its turn alone.
                guard active == 0 else { return [] }
                await handleAlone(suspect)
                wakeup.yield()
                return []
            }
            snapshot = try await grants.current()
            attempts = try await store.inboxClaim(fresh)
            // With several replicas, what another one claimed first is its to handle.
            for id in fresh where attempts[id] == nil { decoded[id] = nil }
            items = try await intake(fresh.filter { attempts[$0] != nil })
        } catch {
            performer.events.record(.storeFailed(operation: "read inbox", error: "\(type(of: error))"))
            return startReadyLanes()
        }
        let pipeline = pipelines.current
        var finished: [(updateId: Int64?, outcome: Outcome)] = []
        for item in items {
            known.insert(item.updateId)
            let update = item.update
            let tries = attempts[item.updateId] ?? 1
            guard tries <= Self.maxAttempts, let update else {
                finished.append((item.updateId, parked(update, updateId: item.updateId, attempts: tries, pipeline: pipeline)))
                continue
            }
            switch await pipeline.admit(update, grants: snapshot) {
            case .done(let outcome):
                // A group move counts for the updates after it in this batch already.
                if let move = outcome.migration { snapshot.record(move) }
                finished.append((item.updateId, outcome))
            case .work(let work, let notes):
                guard enqueue(LaneItem(updateId: item.updateId, work: work, notes: notes, claimed: true)) else {
                    var outcome = notes
                    outcome.record(.queueFull(updateId: item.updateId))
                    finished.append((item.updateId, outcome))
                    continue
                }
            }
        }
        if !finished.isEmpty {
            await performer.perform(finished)
            for entry in finished { if let id = entry.updateId { known.remove(id) } }
        }
        let started = startReadyLanes()
        await releaseWaitingClaims(startedLanes: Set(started))
        return started
    }

    /// Claimed updates that only wait (behind their lane's update in hand, or for a slot) give
    /// their claim back: a process dying now did not die handling them.
    private func releaseWaitingClaims(startedLanes: Set<SessionKey>) async {
        var waiting: [Int64] = []
        for (key, lane) in lanes {
            for (index, item) in lane.queue.enumerated() where item.claimed && !(index == 0 && startedLanes.contains(key)) {
                waiting.append(item.updateId)
                lanes[key]?.queue[index].claimed = false
            }
        }
        guard !waiting.isEmpty else { return }
        do {
            try await store.inboxRelease(waiting)
        } catch {
            performer.events.record(.storeFailed(operation: "release inbox claims", error: "\(type(of: error))"))
        }
    }

    /// The updates as admission gets them: decoded by intake, else read back from the store.
    private func intake(_ ids: [Int64]) async throws -> [Intake] {
        let stored = Dictionary(
            try await store.inboxItems(ids.filter { decoded[$0] == nil }).map { ($0.updateId, $0) }, uniquingKeysWith: { first, _ in first }
        )
        return ids.compactMap { id in
            if let update = decoded.removeValue(forKey: id) { return .decoded(id, update) }
            return stored[id].map { .stored($0) }
        }
    }

    /// An update that was in hand when a process died runs with nothing else in hand, so that if
    /// the process dies again, it is the one that killed it: taken up a third time, it is parked.
    private func handleAlone(_ updateId: Int64) async {
        known.insert(updateId)
        defer { known.remove(updateId) }
        let pipeline = pipelines.current
        let outcome: Outcome
        do {
            guard let attempts = try await store.inboxClaim([updateId])[updateId] else {
                decoded[updateId] = nil
                return
            }
            let update = try await intake([updateId]).first?.update
            if attempts > Self.maxAttempts || update == nil {
                outcome = parked(update, updateId: updateId, attempts: attempts, pipeline: pipeline)
            } else if let update {
                switch await pipeline.admit(update, grants: try await grants.current()) {
                case .done(let done): outcome = done
                case .work(let work, let notes): outcome = notes.merging(await pipeline.answer(work))
                }
            } else {
                return
            }
        } catch {
            performer.events.record(.storeFailed(operation: "read inbox", error: "\(type(of: error))"))
            return
        }
        await performer.perform(outcome, for: updateId)
        if outcome.usage != nil { await afterModelCall() }
    }

    /// Queues an admitted update in its lane; false when its sender already has too many.
    private func enqueue(_ item: LaneItem) -> Bool {
        if let sender = item.sender {
            guard perSender[sender, default: 0] < 1 + maxQueuedPerUser() else { return false }
            perSender[sender, default: 0] += 1
        }
        let key = SessionKey(for: item.work.message)
        var lane = lanes[key] ?? Lane()
        lane.queue.append(item)
        if !lane.running && lane.queue.count == 1 { ready.append(key) }
        lanes[key] = lane
        return true
    }

    /// Ready lanes in the order they became ready, while slots are free.
    private func startReadyLanes() -> [SessionKey] {
        var started: [SessionKey] = []
        while active < maxActiveLanes, !ready.isEmpty, !stopping {
            let key = ready.removeFirst()
            guard var lane = lanes[key], !lane.running, !lane.queue.isEmpty else { continue }
            lane.running = true
            lanes[key] = lane
            active += 1
            started.append(key)
        }
        return started
    }

    /// Handles a lane's updates one after another until it is empty (or shutdown begins).
    private nonisolated func runLane(_ key: SessionKey) async {
        while let item = await take(from: key) {
            var attempts = 1
            if !item.claimed {
                attempts = (try? await store.inboxClaim([item.updateId]))?[item.updateId] ?? 1
            }
            let pipeline = pipelines.current
            let outcome = attempts > Self.maxAttempts
                ? parked(item.work.message, updateId: item.updateId, attempts: attempts)
                : item.notes.merging(await pipeline.answer(item.work))
            await performer.perform(outcome, for: item.updateId)
            await finished(item)
            if outcome.usage != nil { await afterModelCall() }
        }
        wakeup.yield()
    }

    /// The lane's next update, or nil (and the lane's slot given back) when it is empty or stopping.
    private func take(from key: SessionKey) -> LaneItem? {
        guard !stopping, var lane = lanes[key], !lane.queue.isEmpty else {
            lanes[key]?.running = false
            if lanes[key]?.queue.isEmpty ?? true { lanes[key] = nil }
            active -= 1
            return nil
        }
        let item = lane.queue.removeFirst()
        lanes[key] = lane
        return item
    }

    private func finished(_ item: LaneItem) {
        known.remove(item.updateId)
        if let sender = item.sender, let count = perSender[sender] {
            perSender[sender] = count > 1 ? count - 1 : nil
        }
    }

    /// Set aside: audited, counted, and the sender told once (when the update can be read at all).
    private nonisolated func parked(_ update: Update?, updateId: Int64, attempts: Int, pipeline: Pipeline) -> Outcome {
        guard let message = update.flatMap(pipeline.normalize.message(from:)) else {
            var outcome = Outcome.event(.parked(updateId: updateId, attempts: attempts))
            outcome.parked = true
            outcome.audit(.updateParked, ["update": String(updateId), "attempts": String(attempts)])
            return outcome
        }
        return parked(message, updateId: updateId, attempts: attempts)
    }

    private nonisolated func parked(_ message: InboundMessage, updateId: Int64, attempts: Int) -> Outcome {
        var outcome = Outcome.event(.parked(updateId: updateId, attempts: attempts))
        outcome.parked = true
        outcome.audit(.updateParked, userId: message.senderId, chatId: message.chatId, ["update": String(updateId), "attempts": String(attempts)])
        if message.kind == .message, message.senderId != nil { outcome.reply(Self.parkedReply, to: message) }
        return outcome
    }

    /// A stored update as admission gets it: decoded by intake, or read back from the store.
    private enum Intake {
        case decoded(Int64, Update)
        case stored(InboxItem)

        var updateId: Int64 {
            switch self {
            case .decoded(let id, _): id
            case .stored(let item): item.updateId
            }
        }

        var update: Update? {
            switch self {
            case .decoded(_, let update): update
            case .stored(let item): try? JSONDecoder().decode(Update.self, from: item.payload)
            }
        }
    }
}
