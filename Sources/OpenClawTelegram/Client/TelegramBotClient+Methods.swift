extension TelegramBotClient {
    /// The bot's own user: its id and username, needed to recognise mentions.
    package func getMe() async throws -> TelegramUser {
        try await call(.getMe, EmptyParameters())
    }

    /// Long-polls for updates with id ≥ `offset`; the request's time limit exceeds `timeout`.
    package func getUpdates(
        offset: Int64?,
        timeout: Int = 30,
        limit: Int = 100,
        allowedUpdates: [String]? = nil
    ) async throws -> [Update] {
        let parameters = GetUpdatesParameters(
            offset: offset,
            limit: min(max(limit, 1), 100),
            timeout: max(timeout, 0),
            allowedUpdates: allowedUpdates
        )
        return try await call(
            .getUpdates,
            parameters,
            timeout: requestTimeout + .seconds(max(timeout, 0))
        )
    }

    /// Makes Telegram push updates to `url`, echoing `secretToken` in a header on each delivery.
    package func setWebhook(
        url: String,
        secretToken: String?,
        allowedUpdates: [String]? = nil,
        dropPendingUpdates: Bool = false
    ) async throws {
        let parameters = SetWebhookParameters(
            url: url,
            secretToken: secretToken,
            allowedUpdates: allowedUpdates,
            dropPendingUpdates: dropPendingUpdates
        )
        let _: Bool = try await call(.setWebhook, parameters)
    }

    /// Removes the webhook so `getUpdates` works again.
    package func deleteWebhook(dropPendingUpdates: Bool = false) async throws {
        let _: Bool = try await call(.deleteWebhook, DeleteWebhookParameters(dropPendingUpdates: dropPendingUpdates))
    }

    /// Sends plain text (no parse mode) and returns the message Telegram created.
    @discardableResult
    package func sendMessage(
        chatId: Int64,
        text: String,
        replyToMessageId: Int64? = nil,
        messageThreadId: Int64? = nil
    ) async throws -> TelegramMessage {
        let parameters = SendMessageParameters(
            chatId: chatId,
            text: text,
            messageThreadId: messageThreadId,
            replyParameters: replyToMessageId.map { ReplyParameters(messageId: $0) }
        )
        return try await call(.sendMessage, parameters)
    }

    /// Shows `action` (`typing`) in the chat for a few seconds.
    package func sendChatAction(chatId: Int64, action: ChatAction = .typing, messageThreadId: Int64? = nil) async throws {
        let parameters = SendChatActionParameters(chatId: chatId, action: action, messageThreadId: messageThreadId)
        let _: Bool = try await call(.sendChatAction, parameters)
    }

    /// Replaces the text of a message the bot sent.
    @discardableResult
    package func editMessageText(chatId: Int64, messageId: Int64, text: String) async throws -> TelegramMessage {
        try await call(.editMessageText, EditMessageTextParameters(chatId: chatId, messageId: messageId, text: text))
    }
}
