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

/// Takes durable updates from the inbox and hands each to the pipeline.
///
/// Messages of one conversation are handled in order (a lane per session); different
/// conversations run side by side. An update is marked done only after it was handled, so a
/// restart resumes what was in flight and never answers a done update twice.
///
/// Drop policy: a sender with one message in flight and `limits.maxQueuedPerUser` waiting has
/// further messages dropped (marked done unanswered, counted as `openclaw_ratelimited_total{scope="queue"}`),
/// so one sender cannot fill the in-flight window that everyone shares.
actor InboxWorker: Service {
    private let runtime: GatewayRuntime
    private let maxInFlight: Int
    private var inFlight: Set<Int64> = []
    private var lanes: [SessionKey: (id: Int, task: Task<Void, Never>)] = [:]
    private var nextLaneTask = 0
    /// Updates per sender dispatched and not yet finished: one in flight plus `maxQueuedPerUser` waiting.
    private var perSender: [Int64: Int] = [:]
    private let wakeups: AsyncStream<Void>
    private let wakeup: AsyncStream<Void>.Continuation

    init(runtime: GatewayRuntime, maxInFlight: Int = 64) {
        self.runtime = runtime
        self.maxInFlight = maxInFlight
        (wakeups, wakeup) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Called by the poller and the webhook route after storing an update.
    nonisolated func notifyNewUpdates() {
        wakeup.yield()
    }

    func run() async throws {
        let ticker = Task { [wakeup] in
            // A periodic sweep picks up work left by a crash or a full in-flight window.
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                wakeup.yield()
            }
        }
        defer { ticker.cancel() }
        await withGracefulShutdownHandler {
            for await _ in wakeups {
                await dispatchPending()
            }
        } onGracefulShutdown: { [wakeup] in
            wakeup.finish()
        }
        await drain()
    }

    /// Waits for every lane to finish its current work (graceful shutdown).
    func drain() async {
        while let lane = lanes.values.first {
            await lane.task.value
        }
    }

    private func dispatchPending() async {
        guard inFlight.count < maxInFlight else { return }
        let items: [InboxItem]
        do {
            items = try await runtime.store.inboxPending(limit: maxInFlight)
        } catch {
            runtime.logger.error("reading inbox failed", metadata: ["error": "\(type(of: error))"])
            return
        }
        for item in items where !inFlight.contains(item.updateId) && inFlight.count < maxInFlight {
            dispatch(item)
        }
    }

    private func dispatch(_ item: InboxItem) {
        guard let update = try? JSONDecoder().decode(Update.self, from: item.payload),
            let message = update.inbound(botId: runtime.bot.id, botUsername: runtime.bot.username)
        else {
            inFlight.insert(item.updateId)
            Task { await self.finish(item.updateId, sender: nil, lane: nil, laneTask: nil) }
            return
        }
        inFlight.insert(item.updateId)
        if let sender = message.senderId {
            guard perSender[sender, default: 0] < 1 + runtime.config.limits.maxQueuedPerUser else {
                runtime.metrics.rateLimited(scope: "queue")
                runtime.logger.notice("sender queue full: message dropped", metadata: ["update": "\(item.updateId)"])
                Task { await self.finish(item.updateId, sender: nil, lane: nil, laneTask: nil) }
                return
            }
            perSender[sender, default: 0] += 1
        }
        let key = SessionKey(for: message)
        let previous = lanes[key]?.task
        nextLaneTask += 1
        let laneTask = nextLaneTask
        let handler = MessageHandler(runtime: runtime)
        let task = Task {
            await previous?.value
            await handler.handle(message)
            await self.finish(item.updateId, sender: message.senderId, lane: key, laneTask: laneTask)
        }
        lanes[key] = (laneTask, task)
    }

    private func finish(_ updateId: Int64, sender: Int64?, lane: SessionKey?, laneTask: Int?) async {
        do {
            try await runtime.store.inboxMarkDone(updateId: updateId, at: runtime.now())
        } catch {
            runtime.logger.error("marking update done failed", metadata: ["update": "\(updateId)", "error": "\(type(of: error))"])
        }
        inFlight.remove(updateId)
        if let sender, let count = perSender[sender] {
            perSender[sender] = count > 1 ? count - 1 : nil
        }
        if let lane, lanes[lane]?.id == laneTask {
            lanes[lane] = nil
        }
        wakeup.yield()
    }
}
