import OpenClawTesting
import Foundation
import Testing

/// `openclaw redact` as an operator runs it: a pipe in, a pipe out, no configuration anywhere.
struct RedactCommandTests {
    @Test func redactsStandardInputWithoutAConfig() async throws {
        let token = "123456789:" + String(repeating: "FAKEfake", count: 4) + "123"
        let input = """
            openclaw-gateway  | {"level":"info","msg":"GET https://api.telegram.org/bot\(token)/getMe"}
            openclaw-gateway  | user alice@example.com paid 4111 1111 1111 1111 from 192.168.1.10
            openclaw-gateway  | \u{FF}invalid bytes stay password=fake-pass

            """
        var data = Data(input.utf8)
        data[data.firstIndex(of: 0xC3)!] = 0xFF  // a lone invalid byte, not UTF-8 at all
        let nowhere = FileManager.default.temporaryDirectory.appendingPathComponent("redact-\(UUID().uuidString)").path
        let result = try await OpenClawProcess.run(["redact"], environment: ["HOME": nowhere], input: data)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("/bot[SECRET:telegram]/getMe"))
        #expect(result.output.contains("user [EMAIL] paid [CREDIT_CARD] from [IP]"))
        #expect(result.output.contains("password=[SECRET:assignment]"))
        #expect(!result.output.contains(token) && !result.output.contains("alice@"))
        #expect(result.output.contains("| \u{FFFD}\u{FFFD}invalid bytes stay"))
        #expect(result.output.hasSuffix("\n"))
    }

    @Test func configuredReplacementsAreUsed() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let config = directory + "/openclaw.json"
        try Data(
            #"""
            {"channels": {"telegram": {"botToken": {"source": "file", "id": "telegram_bot_token"}}},
             "models": {"providers": {"local": {"api": "openai-completions", "baseUrl": "http://127.0.0.1:11434/v1"}}},
             "agents": {"defaults": {"model": "local/llama3"}},
             "privacy": {"replacements": {"email": "[someone]"}}}
            """#.utf8
        ).write(to: URL(fileURLWithPath: config))
        let result = try await OpenClawProcess.run(["redact", "--config", config], input: Data("mail alice@example.com\n".utf8))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "mail [someone]\n")
    }

    @Test func secretsOnlyLeavesPersonalData() async throws {
        let result = try await OpenClawProcess.run(["redact", "--secrets-only"], input: Data("mail alice@example.com token=fake\n".utf8))
        #expect(result.output == "mail alice@example.com token=[SECRET:assignment]\n")
    }
}
