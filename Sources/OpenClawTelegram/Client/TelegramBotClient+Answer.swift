#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

extension TelegramBotClient {
    /// Reads a Bot API answer: the `result` of an `ok` envelope, else the error it describes, with
    /// `retry_after` clamped and the token masked in Telegram's description.
    package static func result<Result: Decodable>(
        of method: TelegramMethod,
        status: Int,
        body: Data,
        secret: String,
        as resultType: Result.Type = Result.self
    ) throws(TelegramAPIError) -> Result {
        let envelope: TelegramResponse<Result>
        do {
            envelope = try JSONDecoder().decode(TelegramResponse<Result>.self, from: body)
        } catch {
            if (200..<300).contains(status) {
                throw TelegramAPIError(kind: .invalidResponse, method: method, code: status, cause: "undecodable answer")
            }
            throw TelegramAPIError(kind: .api, method: method, code: status, cause: "non-JSON error answer")
        }
        guard envelope.ok, let result = envelope.result else {
            throw TelegramAPIError(
                kind: envelope.ok ? .invalidResponse : .api,
                method: method,
                code: envelope.errorCode ?? status,
                telegramDescription: envelope.description.map { masked($0, secret: secret) },
                retryAfter: TelegramAPIError.clampedRetryAfter(envelope.parameters?.retryAfter),
                migrateToChatId: envelope.parameters?.migrateToChatId,
                cause: envelope.ok ? "missing result" : nil
            )
        }
        return result
    }
}
