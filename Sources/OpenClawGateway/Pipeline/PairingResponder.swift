import Logging
import OpenClawCore
import OpenClawStore

/// Answers a stranger under `dmPolicy: pairing`: one reply with a code when a new request is
/// created, silence otherwise. The stranger's message never reaches the model.
struct PairingResponder: Sendable {
    let runtime: GatewayRuntime

    enum Outcome: Sendable {
        case created(PairingRequest)
        case alreadyPending
        case capacity
    }

    func respond(to message: InboundMessage) async {
        guard let sender = message.senderId else { return }
        let outcome: Outcome
        do {
            outcome = try await runtime.pairingQueue.run { [runtime] in
                try await Self.admit(sender: sender, username: message.senderUsername, runtime: runtime)
            }
        } catch {
            runtime.logger.error("pairing failed", metadata: ["error": "\(type(of: error))"])
            return
        }
        switch outcome {
        case .alreadyPending:
            runtime.metrics.pairingRequest(result: "already_pending")
        case .capacity:
            runtime.metrics.pairingRequest(result: "capacity")
            guard case .record(let repeats) = runtime.denials.observe(sender: sender, kind: AuditKind.pairingCapacity.rawValue) else { return }
            runtime.logger.warning("pairing request ignored: too many pending requests")
            await runtime.audit(.pairingCapacity, userId: sender, repeats > 0 ? ["repeatsBefore": String(repeats)] : [:])
        case .created(let request):
            runtime.metrics.pairingRequest(result: "created")
            runtime.logger.notice("pairing request created", metadata: ["update": "\(message.updateId)"])
            await runtime.audit(.pairingCreated, userId: sender, chatId: message.chatId)
            await ReplySender(runtime: runtime).send(Self.text(for: request), replyingTo: message)
        }
    }

    /// Check and create in one serialised step: at most one pending request per user and
    /// `PairingRequest.maxPendingPerChannel` per channel.
    private static func admit(sender: Int64, username: String?, runtime: GatewayRuntime) async throws -> Outcome {
        let now = runtime.now()
        let store = runtime.store
        if try await store.pairingPendingRequest(channel: GatewayRuntime.channel, userId: sender, now: now) != nil {
            return .alreadyPending
        }
        let pending = try await store.pairingPending(channel: GatewayRuntime.channel, now: now)
        guard pending.count < PairingRequest.maxPendingPerChannel else { return .capacity }
        let request = PairingRequest(
            channel: GatewayRuntime.channel, code: PairingCode.generate(), userId: sender, username: username, createdAt: now
        )
        try await store.pairingCreate(request)
        return .created(request)
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
