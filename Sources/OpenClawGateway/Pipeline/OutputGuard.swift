import Foundation
import Logging
import OpenClawCore

/// Checks a model reply before it is sent or stored. A reply carrying the system prompt's canary
/// is withheld as a prompt leak; otherwise the gateway's own secrets, anything key-shaped and
/// (with `privacy.redactReplies: all`) personal data are replaced, since a model can be talked
/// into echoing what it saw.
struct OutputGuard: Sendable {
    enum Verdict: Equatable {
        case send(String)
        case promptLeak
    }

    static let ownSecretToken = "[SECRET:openclaw]"
    static let leakReply = "I can't send that reply. Please ask something else."

    let runtime: GatewayRuntime

    /// The text to send (and store) for the model's `text`: cleaned, or the neutral notice when
    /// it leaked the prompt, which is then counted and audited.
    func reply(for text: String, to message: InboundMessage) async -> String {
        switch check(text) {
        case .send(let cleaned):
            return cleaned
        case .promptLeak:
            runtime.metrics.contentFiltered(stage: "output", action: "block")
            runtime.logger.warning("reply withheld: it contained the system prompt canary", metadata: ["update": "\(message.updateId)"])
            await runtime.audit(.contentPromptLeak, userId: message.senderId, chatId: message.chatId, ["rule": "output.canary"])
            return Self.leakReply
        }
    }

    func check(_ reply: String) -> Verdict {
        if runtime.framing.leaks(reply) { return .promptLeak }
        var text = reply
        for value in runtime.live.all.values where value.count >= 8 && text.contains(value) {
            text = text.replacingOccurrences(of: value, with: Self.ownSecretToken)
        }
        let redactor = runtime.config.privacy.redactReplies == .all ? runtime.redactors.all : runtime.redactors.secretsOnly
        return .send(redactor.redact(text))
    }
}
