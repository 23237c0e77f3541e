#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// The simulator's two endpoints: decode, record, consult the plan, answer.
struct SimulatorRoutes: Sendable {
    let store: SimulatorStore

    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/v1/messages") { request, _ in try await self.anthropic(request) }
        router.post("/v1/chat/completions") { request, _ in try await self.openAI(request) }
        return router
    }

    private func anthropic(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 4 << 20)
        guard let wire = try? JSONDecoder().decode(AnthropicShapes.Request.self, from: Data(body.readableBytesView)) else {
            let error = AnthropicShapes.ErrorBody(error: .init(type: "invalid_request_error", message: "body is not a Messages request"))
            return Self.json(status: 400, error)
        }
        let recorded = SimulatedRequest(
            api: .anthropicMessages,
            path: "/v1/messages",
            model: wire.model,
            system: wire.system?.text,
            turns: wire.messages.map { .init(role: $0.role, content: $0.content.text) },
            maxTokens: wire.maxTokens,
            xAPIKey: request.headers[Self.xAPIKey],
            bearerToken: Self.bearer(request),
            anthropicVersion: request.headers[Self.anthropicVersion]
        )
        return try await play(recorded) { failure, message in
            AnthropicShapes.ErrorBody(error: .init(type: AnthropicShapes.errorType(status: failure.status), message: message))
        } reply: { plan, text, serial in
            let usage = AnthropicShapes.Response.Usage(
                inputTokens: plan.reportedTokens?.input ?? ModelSimulator.tokens(forCharacters: recorded.promptCharacters),
                outputTokens: plan.reportedTokens?.output ?? ModelSimulator.tokens(forCharacters: text.count),
                cacheReadInputTokens: plan.cacheRead,
                cacheCreationInputTokens: plan.cacheWrite
            )
            return AnthropicShapes.Response(
                id: "msg_sim_\(serial)",
                model: wire.model,
                content: [.init(text: text)],
                usage: plan.omitUsage ? nil : usage
            )
        }
    }

    private func openAI(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 4 << 20)
        guard let wire = try? JSONDecoder().decode(OpenAIShapes.Request.self, from: Data(body.readableBytesView)) else {
            let error = OpenAIShapes.ErrorBody(error: .init(message: "body is not a chat completion request", type: "invalid_request_error"))
            return Self.json(status: 400, error)
        }
        let recorded = SimulatedRequest(
            api: .openAICompletions,
            path: "/v1/chat/completions",
            model: wire.model,
            system: nil,
            turns: wire.messages.map { .init(role: $0.role, content: $0.content?.text ?? "") },
            maxTokens: wire.maxTokens ?? wire.maxCompletionTokens,
            xAPIKey: request.headers[Self.xAPIKey],
            bearerToken: Self.bearer(request),
            anthropicVersion: request.headers[Self.anthropicVersion]
        )
        return try await play(recorded) { failure, message in
            OpenAIShapes.ErrorBody(
                error: .init(message: message, type: OpenAIShapes.errorType(status: failure.status), code: failure.status == 401 ? "invalid_api_key" : nil)
            )
        } reply: { plan, text, serial in
            // OpenAI counts cached tokens inside prompt_tokens.
            let input = plan.reportedTokens?.input ?? ModelSimulator.tokens(forCharacters: recorded.promptCharacters) + plan.cacheRead
            let output = plan.reportedTokens?.output ?? ModelSimulator.tokens(forCharacters: text.count)
            let usage = OpenAIShapes.Response.Usage(
                promptTokens: input,
                completionTokens: output,
                totalTokens: input &+ output,
                promptTokensDetails: .init(cachedTokens: plan.cacheRead)
            )
            return OpenAIShapes.Response(
                id: "chatcmpl-sim-\(serial)",
                model: wire.model,
                choices: [.init(message: .init(content: text))],
                usage: plan.omitUsage ? nil : usage
            )
        }
    }

    /// Records the request, then plays its plan: latency, a scripted failure (the error body
    /// `failure` builds around the message), malformed JSON, or the reply `reply` builds.
    private func play(
        _ recorded: SimulatedRequest,
        failure: (SimulatedFailure, String) -> some Encodable,
        reply: (ResponsePlan, String, Int) -> some Encodable
    ) async throws -> Response {
        let (plan, serial) = admit(recorded)
        if plan.latency > .zero { try await Task.sleep(for: plan.latency) }
        if let scripted = plan.failure {
            let message = Self.errorMessage(scripted.status, key: recorded.presentedKey)
            return Self.json(status: scripted.status, failure(scripted, message), failure: scripted)
        }
        if plan.malformedJSON { return Self.malformed() }
        return Self.json(status: 200, reply(plan, plan.text(for: recorded), serial))
    }

    private func admit(_ request: SimulatedRequest) -> (ResponsePlan, Int) {
        store.state.withLock { state in
            let plan = state.admit(request)
            return (plan, state.requests.count)
        }
    }

    // Echoes the presented key on purpose, as real providers echo (part of) a wrong key:
    // tests use it to prove the client never passes a provider's message on.
    private static func errorMessage(_ status: Int, key: String?) -> String {
        switch status {
        case 401: "Incorrect API key provided: \(key ?? "(none)")"
        case 429: "Rate limit exceeded for this simulated model"
        default: "Simulated failure with status \(status)"
        }
    }

    private static let xAPIKey = HTTPField.Name("x-api-key")!
    private static let anthropicVersion = HTTPField.Name("anthropic-version")!
    private static let retryAfter = HTTPField.Name("retry-after")!

    private static func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization] else { return nil }
        let prefix = "bearer "
        guard value.lowercased().hasPrefix(prefix) else { return nil }
        return String(value.dropFirst(prefix.count))
    }

    private static func json(status: Int, _ value: some Encodable, failure: SimulatedFailure? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let retryAfter = failure?.retryAfter { headers[Self.retryAfter] = retryAfter }
        if let location = failure?.location { headers[.location] = location }
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func malformed() -> Response {
        let body = ByteBuffer(string: #"{"id": "broken", "content": [{"type": "text", "te"#)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: body))
    }
}
