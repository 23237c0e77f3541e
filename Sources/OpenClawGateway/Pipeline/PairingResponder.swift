import Logging
import OpenClawCore
import OpenClawStore

/// Answers a stranger under `dmPolicy: pairing`: one reply with a code when a new request is
/// created, silence otherwise. The stranger's message never reaches the model.
struct PairingResponder: Sendable {
    let runtime: GatewayRuntime

    func respond(to message: InboundMessage) async {
        guard let sender = message.senderId else { return }
        let now = runtime.now()
        do {
            if try await runtime.store.pairingPendingRequest(channel: GatewayRuntime.channel, userId: sender, now: now) != nil {
                runtime.metrics.pairingRequest(result: "already_pending")
                return
            }
            let pending = try await runtime.store.pairingPending(channel: GatewayRuntime.channel, now: now)
            guard pending.count < PairingRequest.maxPendingPerChannel else {
                runtime.metrics.pairingRequest(result: "capacity")
                runtime.logger.warning("pairing request ignored: too many pending requests")
                await runtime.audit("pairing.capacity", userId: sender)
                return
            }
            let request = PairingRequest(
                channel: GatewayRuntime.channel,
                code: PairingCode.generate(),
                userId: sender,
                username: message.senderUsername,
                createdAt: now
            )
            try await runtime.store.pairingCreate(request)
            runtime.metrics.pairingRequest(result: "created")
            runtime.logger.notice("pairing request created", metadata: ["update": "\(message.updateId)"])
            await runtime.audit("pairing.created", userId: sender, chatId: message.chatId)
            await ReplySender(runtime: runtime).send(Self.text(for: request), replyingTo: message)
        } catch {
            runtime.logger.error("pairing failed", metadata: ["error": "\(type(of: error))"])
        }
    }

    static func text(for request: PairingRequest) -> String {
        """
        This bot is private. To ask for access, send this to the bot's owner:

        Your Telegram user id: \(request.userId)
        Pairing code: \(request.code)

        The owner approves it with:
        openclaw pairing approve telegram \(request.code)

        The code expires in 1 hour.
        """
    }
}
