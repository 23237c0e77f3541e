import AsyncHTTPClient
import Foundation
import Logging
import OpenClawCore
import OpenClawGateway
import OpenClawLLM
import OpenClawTelegram

/// Tries a secret against the service that issued it, through a client that never follows redirects.
enum SecretsLiveCheck {
    enum Outcome: Equatable {
        case passed(String)
        case failed(String)
        /// Nothing in the configuration uses this secret against a remote service.
        case notApplicable
    }

    /// Runs `body` with a client that is shut down afterwards (AsyncHTTPClient requires it).
    static func withClient<T>(_ body: (HTTPClient) async throws -> T) async throws -> T {
        let httpClient = HTTPClient.withoutRedirects()
        do {
            let result = try await body(httpClient)
            try? await httpClient.shutdown()
            return result
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
    }

    static func check(id: String, value: String, config: OpenClawConfig, httpClient: HTTPClient) async -> Outcome {
        if config.telegram.botToken == .file(id) {
            return await telegram(token: value, config: config, httpClient: httpClient)
        }
        let providers = config.providers.values.filter { $0.apiKey == .file(id) }.sorted { $0.id < $1.id }
        for provider in providers {
            let outcome = await self.provider(provider, key: value, httpClient: httpClient)
            if case .failed = outcome { return outcome }
            if provider.id == providers.last?.id { return outcome }
        }
        return .notApplicable
    }

    private static func telegram(token: String, config: OpenClawConfig, httpClient: HTTPClient) async -> Outcome {
        var client = TelegramBotClient(token: token, apiRoot: config.telegram.apiRoot, httpClient: httpClient, logger: cliLogger(level: .critical))
        client.requestTimeout = .seconds(15)
        do {
            let bot = try await client.getMe()
            return .passed("Telegram getMe accepted it (bot @\(bot.username ?? String(bot.id)))")
        } catch let error as TelegramAPIError {
            // TelegramAPIError never carries the URL, so the token cannot leak through it.
            return .failed("Telegram getMe at \(config.telegram.apiRoot) refused it: \(error)")
        } catch {
            return .failed("Telegram getMe at \(config.telegram.apiRoot) failed (\(type(of: error)))")
        }
    }

    /// A one-token completion through `ModelRouter` (one attempt, no fallback): every
    /// OpenAI-compatible server and the simulator answer it, where a model list is not universal.
    private static func provider(_ provider: ProviderConfig, key: String, httpClient: HTTPClient) async -> Outcome {
        guard let model = provider.models.first?.id else { return .notApplicable }
        let endpoint = ProviderEndpoint(id: provider.id, api: provider.api, baseURL: provider.baseUrl, apiKey: { key }, timeout: .seconds(20))
        let router = ModelRouter(
            endpoints: [provider.id: endpoint], httpClient: httpClient, retry: RetryPolicy(maxAttempts: 1), logger: cliLogger(level: .critical)
        )
        let name = "provider \(provider.id) at \(provider.baseUrl)"
        do {
            _ = try await router.complete(
                CompletionRequest(turns: [ChatTurn(role: .user, content: "ping")], maxTokens: 1),
                primary: ModelRef(provider: provider.id, model: model)
            )
            return .passed("\(name) accepted it")
        } catch let error as LLMError {
            // LLMError's attempts hold statuses and error types only, never the key or the reply text.
            if let status = error.attempts.last?.status, status == 401 || status == 403 {
                return .failed("\(name) refused it (HTTP \(status))")
            }
            return .failed("\(name): the key could not be confirmed (\(error.attempts.last?.description ?? error.code.description))")
        } catch {
            return .failed("\(name) failed (\(type(of: error)))")
        }
    }
}
