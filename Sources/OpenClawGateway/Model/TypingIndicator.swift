import OpenClawTelegram

/// Shows "typing…" in a chat while some work runs (Telegram clears it after about five seconds,
/// so it is sent again every four), scoped to that work.
struct TypingIndicator: Sendable {
    let telegram: TelegramBotClient
    var interval: Duration = .seconds(4)

    func whileRunning<T: Sendable>(in chatId: Int64, thread: Int64?, _ work: @Sendable () async -> T) async -> T {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { [telegram, interval] in
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
