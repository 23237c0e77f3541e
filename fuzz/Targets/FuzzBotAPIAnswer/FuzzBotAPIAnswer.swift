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
enum BotAPIAnswerTarget {
    /// The token the answer may echo; the dictionary carries it so the fuzzer can place it.
    static let token = "7000000001:AAHFAKEfuzzFAKEfuzzFAKEfuzzFAKEfuzz"
    static let bot = BotIdentity(id: 7_000_000_001, username: "OpenClaw_Test_Bot")

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let body = Data(bytes)
        for status in [200, 429] {
            if let updates = read([Update].self, .getUpdates, status, body) {
                for update in updates { _ = update.inbound(bot: bot) }
            }
            _ = read(TelegramUser.self, .getMe, status, body)
            _ = read(TelegramMessage.self, .sendMessage, status, body)
            _ = read(Bool.self, .setWebhook, status, body)
        }
    }

    /// `description` as the body carries it, with each whole token masked: what the error may show.
    private struct Described: Decodable {
        var description: String?
    }

    static func read<Result: Decodable>(_ type: Result.Type, _ method: TelegramMethod, _ status: Int, _ body: Data) -> Result? {
        do {
            return try TelegramBotClient.result(of: method, status: status, body: body, secret: token, as: type)
        } catch {
            let described = try? JSONDecoder().decode(Described.self, from: body)
            checkError(error, allowed: described?.description?.replacing(token, with: "[REDACTED]") ?? "")
            return nil
        }
    }

    /// `allowed` is the description with the whole token masked: only fragments already there may show.
    static func checkError(_ error: TelegramAPIError, allowed: String) {
        if let wait = error.retryAfter {
            fuzzCheck((0...TelegramAPIError.maxRetryAfterSeconds).contains(wait), "retry_after read as \(wait)")
        }
        let text = error.description
        let secretPart = token.split(separator: ":")[1]
        // No part of an echoed token long enough to matter may reach a log line.
        for start in 0...(secretPart.count - 12) {
            let window = secretPart.dropFirst(start).prefix(12)
            fuzzCheck(!text.contains(window) || allowed.contains(window), "the error shows part of an echoed token")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    BotAPIAnswerTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
