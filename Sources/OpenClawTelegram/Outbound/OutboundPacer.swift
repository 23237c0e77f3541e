/// Paces outbound Bot API calls under Telegram's flood limits, one chat at a time in order.
///
/// Calls to one chat run one after another in arrival order (so chunks of a reply stay in
/// order); different chats run concurrently. A 429 holds only its chat for `retry_after`
/// seconds (at most `limits.maxRetryAfter`) and retries the same call, so flood control delays a
/// message but does not lose it, and no answer can hold a chat for longer than that bound.
package actor OutboundPacer<C: Clock> where C.Duration == Duration {
    private let clock: C
    package private(set) var limits: PacingLimits
    private var chats: [Int64: ChatState] = [:]
    private var global: SlidingWindow<C.Instant>
    /// The table size at which idle chats are next swept; doubling keeps sweeps amortised O(1).
    private var sweepAt = PacingLimits.sweepFloor

    private struct ChatState {
        var busy = false
        var waiters: [CheckedContinuation<Void, Never>] = []
        var nextSend: C.Instant?
        var heldUntil: C.Instant?
        var groupWindow: SlidingWindow<C.Instant>

        /// True while this state can still delay a send or has a caller: it must be kept.
        func constrains(after now: C.Instant) -> Bool {
            if busy || !waiters.isEmpty { return true }
            if let next = nextSend, next > now { return true }
            if let held = heldUntil, held > now { return true }
            return !groupWindow.isExpired(at: now)
        }
    }

    /// A pacer measuring time on `clock` (tests pass a manual clock).
    package init(limits: PacingLimits = .telegram, clock: C) {
        self.limits = limits
        self.clock = clock
        self.global = SlidingWindow(capacity: limits.globalPerSecond, window: .seconds(1))
    }

    /// Waits for a slot for `chatId`, runs `op`, and retries it after a 429's `retry_after`.
    package func send<T: Sendable>(chatId: Int64, isGroup: Bool, _ op: @Sendable () async throws -> T) async throws -> T {
        await acquire(chatId)
        defer { release(chatId) }
        var attempt = 1
        while true {
            try await waitForSlot(chatId: chatId, isGroup: isGroup)
            do {
                return try await op()
            } catch let error as TelegramAPIError where error.retryAfter != nil && attempt < limits.maxAttempts {
                attempt += 1
                let asked = min(max(error.retryAfter ?? 1, 1), TelegramAPIError.maxRetryAfterSeconds)
                let hold = min(Duration.seconds(asked), limits.maxRetryAfter)
                chats[chatId]?.heldUntil = clock.now.advanced(by: hold)
            }
        }
    }

    /// Paces by `limits` from now on. Sends already booked keep their times; each window keeps
    /// its most recent sends, up to its new capacity, so a lower limit holds at once.
    package func setLimits(_ limits: PacingLimits) {
        self.limits = limits
        global = global.resized(to: limits.globalPerSecond)
        for (chatId, state) in chats {
            chats[chatId]?.groupWindow = state.groupWindow.resized(to: limits.perGroupPerMinute)
        }
    }

    /// Messages currently waiting for or holding a chat's turn (for metrics and tests).
    package func queuedCount(chatId: Int64) -> Int {
        guard let state = chats[chatId] else { return 0 }
        return state.waiters.count + (state.busy ? 1 : 0)
    }

    /// Chats the pacer holds state for (for metrics, tests and the memory benchmark).
    package var trackedChats: Int { chats.count }

    private func acquire(_ chatId: Int64) async {
        if chats[chatId] == nil {
            if chats.count >= sweepAt { sweepIdleChats() }
            let perMinute = limits.perGroupPerMinute
            chats[chatId] = ChatState(groupWindow: SlidingWindow(capacity: perMinute, window: .seconds(60)))
        }
        if chats[chatId]?.busy == true {
            await withCheckedContinuation { chats[chatId]?.waiters.append($0) }
            // The releasing caller handed its turn over with `busy` still set.
        } else {
            chats[chatId]?.busy = true
        }
    }

    private func release(_ chatId: Int64) {
        guard var state = chats[chatId] else { return }
        if state.waiters.isEmpty {
            state.busy = false
            chats[chatId] = state.constrains(after: clock.now) ? state : nil
        } else {
            let next = state.waiters.removeFirst()
            chats[chatId] = state
            next.resume()
        }
    }

    /// Forgets chats that no longer hold back a send, so the table follows current traffic
    /// instead of every chat ever answered (a chat's spacing and 429 hold outlive its last send).
    private func sweepIdleChats() {
        let now = clock.now
        chats = chats.filter { $0.value.constrains(after: now) }
        sweepAt = max(PacingLimits.sweepFloor, chats.count * 2)
    }

    /// Sleeps until this chat, its group budget and the global budget all allow a send, then
    /// books the send. Only the chat's turn-holder gets here, so per-chat times are ordered.
    private func waitForSlot(chatId: Int64, isGroup: Bool) async throws {
        while true {
            guard let state = chats[chatId] else { return }
            let now = clock.now
            var at = now
            if let next = state.nextSend { at = max(at, next) }
            if let held = state.heldUntil { at = max(at, held) }
            if isGroup { at = state.groupWindow.earliest(after: at) }
            if at > now {
                try await clock.sleep(until: at, tolerance: nil)
                continue  // a 429 elsewhere cannot move this chat, but re-check after waking
            }
            let globalAt = global.earliest(after: now)
            if globalAt > now {
                try await clock.sleep(until: globalAt, tolerance: nil)
                continue
            }
            global.record(now)
            if isGroup { chats[chatId]?.groupWindow.record(now) }
            chats[chatId]?.nextSend = now.advanced(by: limits.perChatInterval)
            chats[chatId]?.heldUntil = nil
            return
        }
    }
}

extension OutboundPacer where C == ContinuousClock {
    /// A pacer on the real clock.
    package init(limits: PacingLimits = .telegram) {
        self.init(limits: limits, clock: ContinuousClock())
    }
}
