#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import FuzzSupport
import OpenClawCore
import OpenClawTelegram

/// A webhook body (or one stored inbox row): decoded as `Update`, then normalised as the
/// pipeline's first stage does. What a stranger can put in an update must never trap, and the
/// message must be what the update says.
enum TelegramUpdateTarget {
    static let bot = BotIdentity(id: 7_000_000_001, username: "OpenClaw_Test_Bot")

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let update = try? JSONDecoder().decode(Update.self, from: Data(bytes)) else { return }
        let inbound = update.inbound(bot: bot)
        checkEntities(of: update.anyMessage)
        checkInbound(inbound, of: update)

        // The poller's getUpdates answer and our own tests re-encode updates: what we write we read back.
        guard let encoded = try? JSONEncoder().encode(update) else {
            fuzzCheck(false, "a decoded update does not encode")
            return
        }
        let again = try? JSONDecoder().decode(Update.self, from: encoded)
        fuzzCheck(again == update, "an update does not survive encoding and decoding")
        fuzzCheck(again?.inbound(bot: bot) == inbound, "the re-read update normalises differently")
    }

    static func checkInbound(_ inbound: InboundMessage?, of update: Update) {
        guard let message = update.anyMessage else {
            fuzzCheck(inbound == nil, "an update without a message gave an inbound message")
            return
        }
        guard let inbound else {
            fuzzCheck(false, "an update with a message gave none")
            return
        }
        fuzzCheck(inbound.updateId == update.updateId && inbound.chatId == message.chat.id, "ids changed")
        fuzzCheck(inbound.text == message.text ?? message.caption ?? "", "the text is not the message's text or caption")
        if let command = inbound.command {
            fuzzCheck(command.count > 1 && !command.contains("@"), "a command that is empty or still names a bot")
        }
    }

    /// An entity's text, when the span fits the text, has exactly the entity's UTF-16 length.
    static func checkEntities(of message: TelegramMessage?) {
        guard let message else { return }
        let spans = [(message.text, message.entities), (message.caption, message.captionEntities)]
        for case let (text?, entities?) in spans {
            for entity in entities {
                if let word = entity.text(in: text) {
                    fuzzCheck(word.utf16.count == entity.length, "entity text of the wrong length")
                }
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    TelegramUpdateTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
