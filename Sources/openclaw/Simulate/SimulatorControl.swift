import Hummingbird
import NIOCore
import OpenClawTelegram
import TelegramSimulator

/// The loopback control API of `openclaw simulate`: what a shell script needs to play a user.
struct SimulatorControl: Sendable {
    let telegram: TelegramSimulator

    /// Waits longer than this are clamped: a script's typo must not park a request for hours.
    static let maxWaitSeconds = 120

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/dm") { request, _ in
            guard let user = request.uri.queryParameters.get("user", as: Int64.self), user > 0,
                let text = request.uri.queryParameters.get("text"), !text.isEmpty
            else {
                return Self.text(.badRequest, "need user=<positive id> and text=<message>\n")
            }
            let sender = TelegramUser(id: user, firstName: "User \(user)")
            telegram.inject(telegram.privateMessage(from: sender, text: String(text)))
            return Self.text(.ok, "ok\n")
        }
        router.get("/sent") { request, _ in
            guard let chat = request.uri.queryParameters.get("chat", as: Int64.self),
                let count = request.uri.queryParameters.get("count", as: Int.self), count > 0
            else {
                return Self.text(.badRequest, "need chat=<id> and count=<n ≥ 1>\n")
            }
            let seconds = min(max(request.uri.queryParameters.get("timeout", as: Int.self) ?? 10, 0), Self.maxWaitSeconds)
            do {
                let messages = try await waitForMessages(chat: chat, count: count, seconds: seconds)
                return Self.text(.ok, messages[count - 1].text + "\n")
            } catch {
                return Self.text(.gatewayTimeout, "the bot sent fewer than \(count) message(s) to \(chat) within \(seconds) s\n")
            }
        }
        return router
    }

    private func waitForMessages(chat: Int64, count: Int, seconds: Int) async throws -> [SentMessage] {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            let sent = telegram.sentMessages.filter { $0.chatId == chat }
            if sent.count >= count { return sent }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw CancellationError() }
            // Each wait returns when the bot sends anything, to any chat, or at the deadline.
            let total = telegram.sentMessages.count
            _ = try await telegram.waitForSentMessages(count: total + 1, timeout: remaining)
        }
    }

    static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
