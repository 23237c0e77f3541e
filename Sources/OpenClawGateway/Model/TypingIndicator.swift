import OpenClawTelegram

/// Shows "typing…" in a chat while some work runs, once it has run for `delay` (an answer that
/// is ready sooner needs no indicator, and costs no Bot API request). Telegram clears it after
/// about five seconds, so it is sent again every `interval`; scoped to that work.
struct TypingIndicator: Sendable {
    let telegram: TelegramBotClient
    var delay: Duration = .seconds(1)
    var interval: Duration = .seconds(4)

    func whileRunning<T: Sendable>(in chatId: Int64, thread: Int64?, _ work: @Sendable () async -> T) async -> T {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { [telegram, delay, interval] in
                try? await Task.sleep(for: delay)
                while !Task.isCancelled {
                    try? await telegram.sendChatAction(chatId: chatId, action: .typing, messageThreadId: thread)
                    try? await Task.sleep(for: interval)
                }
            }
            let result = await work()
            group.cancelAll()
            return result
        }
    }
}
