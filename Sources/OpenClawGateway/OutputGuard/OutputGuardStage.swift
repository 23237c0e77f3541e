import Foundation
import OpenClawCore

/// Ninth stage: the model's reply before it is sent or stored. A reply carrying the system
/// prompt's canary is withheld as a prompt leak; otherwise the gateway's own secrets, anything
/// key-shaped and (with `privacy.redactReplies: all`) personal data are replaced, since a model
/// can be talked into echoing what it saw.
struct OutputGuardStage: Sendable {
    enum Verdict: Equatable {
        case send(String)
        case promptLeak
    }

    static let ownSecretToken = "[SECRET:openclaw]"
    static let leakReply = "I can't send that reply. Please ask something else."

    let framing: PromptFraming
    let live: LiveSecrets
    let redactor: Redactor

    /// The text to send and store: cleaned, or the neutral notice when the reply leaked the prompt.
    func check(_ text: String, for admitted: AdmittedMessage) -> (text: String, outcome: Outcome) {
        let message = admitted.message
        switch verdict(text) {
        case .send(let cleaned):
            return (cleaned, Outcome())
        case .promptLeak:
            var outcome = Outcome.event(.contentFiltered(stage: .output, action: .block, rules: "output.canary", score: 0, updateId: message.updateId))
            outcome.audit(.contentPromptLeak, userId: message.senderId, chatId: message.chatId, ["rule": "output.canary"])
            return (Self.leakReply, outcome)
        }
    }

    func verdict(_ reply: String) -> Verdict {
        if framing.leaks(reply) { return .promptLeak }
        // Our own secrets also when echoed encoded, folded or spaced out.
        let text = EchoSearch(live.all.values).replacing(in: reply, with: Self.ownSecretToken)
        return .send(redactor.redact(text))
    }
}
