package import OpenClawCore

extension SandboxDeployment {
    /// A sandbox for the length of `body`, removed however `body` ends (see `create`).
    package static func withSandbox<T>(
        telegramAPIRoot: String,
        botToken: String,
        modelBaseURL: String,
        adjust: (inout JSONValue) -> Void = { _ in },
        _ body: (SandboxDeployment) async throws -> T
    ) async throws -> T {
        let sandbox = try create(telegramAPIRoot: telegramAPIRoot, botToken: botToken, modelBaseURL: modelBaseURL, adjust: adjust)
        return try await withTeardown { try await body(sandbox) } teardown: { await sandbox.remove() }
    }
}
