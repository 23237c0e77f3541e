#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore

/// `/forgetme` asks for erasure of everything stored about the sender; `/forgetme confirm`
/// within five minutes carries it out. Direct messages only, so nobody erases in front of a group.
struct ForgetMeCommand: Sendable {
    static let confirmation = "confirm"

    let privacy: PrivacyAdmin
    let erasures: PendingErasures
    let now: @Sendable () -> Date

    func reply(to admitted: AdmittedMessage, _ outcome: inout Outcome) async throws -> String {
        let message = admitted.message
        guard message.chatKind == .direct else {
            return "Send /forgetme to me in a direct message."
        }
        let argument = message.text.split(whereSeparator: \.isWhitespace).dropFirst().first?.lowercased()
        guard argument == Self.confirmation else {
            erasures.request(for: admitted.sender, at: now())
            return """
                This deletes everything stored about you here: your access, your conversation history and any pending requests. \
                Usage and audit records are kept without your id. You would need to pair again to use this bot.
                To go ahead, send /forgetme confirm within 5 minutes.
                """
        }
        guard erasures.confirm(for: admitted.sender, at: now()) else {
            return "There is no erasure request to confirm (or it expired). Send /forgetme first."
        }
        _ = try await privacy.erase(userId: admitted.sender, requestedBy: "chat")
        outcome.grantsChanged = true
        outcome.record(.userErased)
        return "Done: everything stored about you has been deleted."
    }
}
