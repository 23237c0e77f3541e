/// A Bot API method name, the last path component of `{apiRoot}/bot<token>/<method>`.
package struct TelegramMethod: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    package var rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package var description: String { rawValue }

    package static let getMe = TelegramMethod(rawValue: "getMe")
    package static let getUpdates = TelegramMethod(rawValue: "getUpdates")
    package static let setWebhook = TelegramMethod(rawValue: "setWebhook")
    package static let deleteWebhook = TelegramMethod(rawValue: "deleteWebhook")
    package static let sendMessage = TelegramMethod(rawValue: "sendMessage")
    package static let sendChatAction = TelegramMethod(rawValue: "sendChatAction")
    package static let editMessageText = TelegramMethod(rawValue: "editMessageText")
}
