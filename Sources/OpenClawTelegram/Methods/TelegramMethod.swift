/// A Bot API method name, the last path component of `{apiRoot}/bot<token>/<method>`.
public struct TelegramMethod: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static let getMe = TelegramMethod(rawValue: "getMe")
    public static let getUpdates = TelegramMethod(rawValue: "getUpdates")
    public static let setWebhook = TelegramMethod(rawValue: "setWebhook")
    public static let deleteWebhook = TelegramMethod(rawValue: "deleteWebhook")
    public static let sendMessage = TelegramMethod(rawValue: "sendMessage")
    public static let sendChatAction = TelegramMethod(rawValue: "sendChatAction")
    public static let editMessageText = TelegramMethod(rawValue: "editMessageText")
}
