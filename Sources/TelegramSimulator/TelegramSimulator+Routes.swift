import Hummingbird
import Logging
import NIOCore
import OpenClawTelegram
import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension TelegramSimulator {
    /// Parameters as the bot sent them: a JSON body, or form fields (body or query string).
    enum Input {
        case json(Data)
        case form(String)
    }

    /// A refusal the handlers throw to answer `{"ok":false,...}`.
    struct Refusal: Error {
        var code: Int
        var description: String
        var parameters: ResponseParameters? = nil
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        for method in [HTTPRequest.Method.get, .post] {
            router.on("/:bot/:method", method: method) { request, context in
                try await self.respond(to: request, context: context)
            }
        }
    }

    private func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        guard context.parameters.get("bot") == "bot\(token)" else {
            state.withLock { $0.refusedTokenCalls += 1 }
            return Self.failure(Refusal(code: 401, description: "Unauthorized"))
        }
        let method = context.parameters.get("method") ?? ""
        state.withLock { $0.calls[method, default: 0] += 1 }
        if let failure = takeScriptedFailure(method) { return Self.failure(failure) }
        logger.debug("telegram simulator call", metadata: ["telegram.method": "\(method)"])
        let body = try await request.body.collect(upTo: 1 << 20)
        let input: Input
        if body.readableBytes == 0 {
            input = .form(request.uri.query ?? "")
        } else if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            input = .form(String(buffer: body))
        } else {
            input = .json(Data(body.readableBytesView))
        }
        do {
            return try await handle(TelegramMethod(rawValue: method), input)
        } catch let refusal as Refusal {
            return Self.failure(refusal)
        }
    }

    private func handle(_ method: TelegramMethod, _ input: Input) async throws -> Response {
        switch method {
        case .getMe: return Self.success(bot)
        case .getUpdates: return Self.success(try await getUpdates(decode(input)))
        case .setWebhook: return Self.success(try setWebhook(decode(input)))
        case .deleteWebhook: return Self.success(deleteWebhook(try decode(input)))
        case .sendMessage: return Self.success(try sendMessage(decode(input)))
        case .sendChatAction: return Self.success(sendChatAction(try decode(input)))
        case .editMessageText: return Self.success(try editMessageText(decode(input)))
        default: throw Refusal(code: 404, description: "Not Found")
        }
    }

    private func decode<Parameters: Decodable>(_ input: Input) throws -> Parameters {
        do {
            switch input {
            case .json(let data): return try JSONDecoder().decode(Parameters.self, from: data)
            case .form(let form): return try URLEncodedFormDecoder().decode(Parameters.self, from: form)
            }
        } catch {
            throw Refusal(code: 400, description: "Bad Request: invalid parameters")
        }
    }

    static func success<Result: Encodable>(_ result: Result) -> Response {
        json(TelegramResponse.success(result), status: .ok)
    }

    static func failure(_ refusal: Refusal) -> Response {
        let envelope = TelegramResponse<Bool>.failure(
            code: refusal.code,
            description: refusal.description,
            parameters: refusal.parameters
        )
        return json(envelope, status: HTTPResponse.Status(code: refusal.code))
    }

    private static func json<Result: Encodable>(_ envelope: TelegramResponse<Result>, status: HTTPResponse.Status) -> Response {
        let data = (try? JSONEncoder().encode(envelope)) ?? Data(#"{"ok":false}"#.utf8)
        return Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
