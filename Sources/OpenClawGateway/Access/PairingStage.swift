#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore

/// A stranger under `dmPolicy: pairing`: one reply with a code when a new request is created,
/// silence while one is pending; past `PairingRequest.maxPendingPerChannel` pending, the refusal
/// is audited once per sender and hour. The stranger's message never reaches the model.
struct PairingStage: Sendable {
    static let channel = "telegram"

    let store: OpenClawStore
    let denials: DenialRecorder
    let now: @Sendable () -> Date
    let generateCode: @Sendable () -> PairingCode

    func respond(to message: InboundMessage, sender: Int64) async -> Outcome {
        let request = PairingRequest(
            channel: Self.channel, code: generateCode(), userId: sender, username: message.senderUsername, createdAt: now()
        )
        let admission: OpenClawStore.PairingAdmission
        do {
            admission = try await store.pairingRequestIfRoom(request, maxPending: PairingRequest.maxPendingPerChannel)
        } catch {
            return .event(.storeFailed(operation: "pairing request", error: "\(type(of: error))"))
        }
        switch admission {
        case .alreadyPending:
            return .event(.pairing(.alreadyPending, updateId: message.updateId))
        case .capacity:
            let key = DenialRecorder.Key(sender: sender, kind: .pairingCapacity, reason: nil)
            guard case .record(let repeats) = denials.observe(key) else {
                return .event(.pairing(.capacityRepeated, updateId: message.updateId))
            }
            var outcome = Outcome.event(.pairing(.capacity, updateId: message.updateId))
            outcome.audit(.pairingCapacity, userId: sender, repeats > 0 ? ["repeatsBefore": String(repeats)] : [:])
            return outcome
        case .created:
            var outcome = Outcome.event(.pairing(.created, updateId: message.updateId))
            outcome.audit(.pairingCreated, userId: sender, chatId: message.chatId)
            outcome.reply(Self.text(for: request), to: message)
            return outcome
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
