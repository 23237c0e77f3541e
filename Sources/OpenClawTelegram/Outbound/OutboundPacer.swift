/// Paces outbound Bot API calls under Telegram's flood limits, one chat at a time in order.
///
/// Calls to one chat run one after another in arrival order (so chunks of a reply stay in
/// order); different chats run concurrently. A 429 holds only its chat for `retry_after`
/// seconds (at most `limits.maxRetryAfter`) and retries the same call, so flood control delays a
/// message but does not lose it, and no answer can hold a chat for longer than that bound.
public actor OutboundPacer<C: Clock> where C.Duration == Duration {
    private let clock: C
    public let limits: PacingLimits
    private var chats: [Int64: ChatState] = [:]
    private var global: SlidingWindow<C.Instant>

    private struct ChatState {
        var busy = false
        var waiters: [CheckedContinuation<Void, Never>] = []
        var nextSend: C.Instant?
        var heldUntil: C.Instant?
        var groupWindow: SlidingWindow<C.Instant>
    }

    /// A pacer measuring time on `clock` (tests pass a manual clock).
    public init(limits: PacingLimits = .telegram, clock: C) {
        self.limits = limits
        self.clock = clock
        self.global = SlidingWindow(capacity: limits.globalPerSecond, window: .seconds(1))
    }

    /// Waits for a slot for `chatId`, runs `op`, and retries it after a 429's `retry_after`.
    public func send<T: Sendable>(chatId: Int64, isGroup: Bool, _ op: @Sendable () async throws -> T) async throws -> T {
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

    /// Messages currently waiting for or holding a chat's turn (for metrics and tests).
    public func queuedCount(chatId: Int64) -> Int {
        guard let state = chats[chatId] else { return 0 }
        return state.waiters.count + (state.busy ? 1 : 0)
    }

    private func acquire(_ chatId: Int64) async {
        if chats[chatId] == nil {
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
            let idle = state.nextSend.map { $0 <= clock.now } ?? true
            let unheld = state.heldUntil.map { $0 <= clock.now } ?? true
            // Forget idle chats so the table does not grow with every chat ever seen; a chat
            // still inside its group window keeps its history.
            if idle, unheld, state.groupWindow.isExpired(at: clock.now) {
                chats[chatId] = nil
                return
            }
            chats[chatId] = state
        } else {
            let next = state.waiters.removeFirst()
            chats[chatId] = state
            next.resume()
        }
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
    public init(limits: PacingLimits = .telegram) {
        self.init(limits: limits, clock: ContinuousClock())
    }
}
