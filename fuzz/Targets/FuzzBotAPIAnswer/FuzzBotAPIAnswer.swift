#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import FuzzSupport
import OpenClawCore
import OpenClawTelegram

/// A Bot API answer body, read as each method we call reads it (`getUpdates`, `getMe`,
/// `sendMessage`, `setWebhook`), under a 2xx and an error status. A hostile or broken API root
/// must not trap us, stretch a flood wait, or get the token echoed into an error.
///
/// The status only decides the error for a body that is not JSON at all, the same for every
/// method, so the error status is read once (`setWebhook`) rather than once per method.
enum BotAPIAnswerTarget {
    /// The token the answer may echo; the dictionary carries it so the fuzzer can place it.
    static let token = "7000000001:AAHFAKEfuzzFAKEfuzzFAKEfuzzFAKEfuzz"
    static let bot = BotIdentity(id: 7_000_000_001, username: "OpenClaw_Test_Bot")
    /// Every 12-character piece of the token's secret part: none may reach an error it was not already in.
    static let secretWindows: [String] = {
        let secretPart = Array(token.split(separator: ":")[1])
        return (0...(secretPart.count - 12)).map { String(secretPart[$0..<$0 + 12]) }
    }()
    /// The same windows as characters, for `FuzzText.contains`.
    static let secretWindowCharacters = secretWindows.map(Array.init)

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let body = Data(bytes)
        var allowed: String?
        if let updates = read([Update].self, .getUpdates, 200, body, allowed: &allowed) {
            for update in updates { _ = update.inbound(bot: bot) }
        }
        _ = read(TelegramUser.self, .getMe, 200, body, allowed: &allowed)
        _ = read(TelegramMessage.self, .sendMessage, 200, body, allowed: &allowed)
        _ = read(Bool.self, .setWebhook, 200, body, allowed: &allowed)
        _ = read(Bool.self, .setWebhook, 429, body, allowed: &allowed)
    }

    /// `description` as the body carries it, with each whole token masked: what the error may show.
    private struct Described: Decodable {
        var description: String?
    }

    /// `allowed` is worked out from the body the first time an error needs it, then kept.
    static func read<Result: Decodable>(_ type: Result.Type, _ method: TelegramMethod, _ status: Int, _ body: Data, allowed: inout String?) -> Result? {
        do {
            return try TelegramBotClient.result(of: method, status: status, body: body, secret: token, as: type)
        } catch {
            if allowed == nil {
                let described = try? JSONDecoder().decode(Described.self, from: body)
                allowed = described?.description?.replacing(token, with: "[REDACTED]") ?? ""
            }
            checkError(error, allowed: allowed ?? "")
            return nil
        }
    }

    /// `allowed` is the description with the whole token masked: only fragments already there may show.
    static func checkError(_ error: TelegramAPIError, allowed: String) {
        if let wait = error.retryAfter {
            fuzzCheck((0...TelegramAPIError.maxRetryAfterSeconds).contains(wait), "retry_after read as \(wait)")
        }
        let text = error.description
        // No part of an echoed token long enough to matter may reach a log line.
        guard text.utf8.count >= 12 else { return }
        let characters = Array(text)
        for (window, windowCharacters) in zip(secretWindows, secretWindowCharacters) where FuzzText.contains(characters, windowCharacters) {
            fuzzCheck(allowed.contains(window), "the error shows part of an echoed token")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    BotAPIAnswerTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
