import Logging
import OpenClawCore

/// `/forgetme` asks for erasure of everything stored about the sender; `/forgetme confirm`
/// within five minutes carries it out. Direct messages only, so nobody erases in front of a group.
struct ForgetMeCommand: Sendable {
    static let confirmation = "confirm"

    let runtime: GatewayRuntime

    func reply(to message: InboundMessage) async throws -> String {
        guard message.chatKind == .direct, let sender = message.senderId else {
            return "Send /forgetme to me in a direct message."
        }
        let argument = message.text.split(whereSeparator: \.isWhitespace).dropFirst().first?.lowercased()
        guard argument == Self.confirmation else {
            runtime.erasures.request(for: sender, at: runtime.now())
            return """
                This deletes everything stored about you here: your access, your conversation history and any pending requests. \
                Usage and audit records are kept without your id. You would need to pair again to use this bot.
                To go ahead, send /forgetme confirm within 5 minutes.
                """
        }
        guard runtime.erasures.confirm(for: sender, at: runtime.now()) else {
            return "There is no erasure request to confirm (or it expired). Send /forgetme first."
        }
        _ = try await PrivacyAdmin(store: runtime.store, now: runtime.now).erase(userId: sender, requestedBy: "chat")
        runtime.logger.notice("user data erased at the user's request")
        return "Done: everything stored about you has been deleted."
    }
}
