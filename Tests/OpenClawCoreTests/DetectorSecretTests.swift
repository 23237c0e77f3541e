import OpenClawCore
import Testing

/// Secret detectors. Every fixture is assembled from obviously fake parts.
struct DetectorSecretTests {
    static let telegram = "123456789:" + String(repeating: "FAKEfake", count: 4) + "123"
    static let anthropic = "sk-ant-api03-" + String(repeating: "FAKE", count: 23) + "AA"
    static let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZS1zaWduYXR1cmU"

    private let redactor = Redactor()

    static let keys: [(String, String)] = {
        var keys: [(String, String)] = []
        keys.append((anthropic, "[SECRET:anthropic]"))
        keys.append(("sk-proj-" + String(repeating: "FAKE0fake1", count: 4), "[SECRET:openai]"))
        keys.append(("sk-" + String(repeating: "fake", count: 5) + "T3BlbkFJ" + String(repeating: "FAKE", count: 5), "[SECRET:openai]"))
        keys.append(("sk-" + "fake0FAKE1fake2FAKE3", "[SECRET:openai]"))
        keys.append((telegram, "[SECRET:telegram]"))
        keys.append(("ghp_" + String(repeating: "F4ke", count: 9), "[SECRET:github]"))
        keys.append(("github_pat_" + String(repeating: "FAKE_fake0", count: 4), "[SECRET:github]"))
        keys.append(("AKIA" + "FAKEFAKE12345678", "[SECRET:aws]"))
        keys.append(("ASIA" + "FAKEFAKE12345678", "[SECRET:aws]"))
        keys.append(("xoxb-" + "0000000000-fakefakefake", "[SECRET:slack]"))
        keys.append(("AIza" + String(repeating: "Fake_", count: 7), "[SECRET:google]"))
        keys.append((jwt, "[SECRET:jwt]"))
        return keys
    }()

    @Test(arguments: keys)
    func keyIsFound(secret: String, token: String) {
        #expect(redactor.redact("key \(secret) end") == "key \(token) end")
        #expect(redactor.redact("\"\(secret)\"") == "\"\(token)\"")
    }

    static let lookalikes: [String] = [
        "sk-learn-tutorial-for-beginners", "sk-short1", "task-a1a1a1a1a1a1a1a1a1a1a1a1", "ghp_short",
        "AKIAFAKE", "AKIAFAKEFAKE123456789", "xoxq-0000000000-fake", "AIzaTooShort",
        "eyJub3QiOiJqd3QifQ.eyJ4IjoxfQ.c2ln", "123456789:tooshort", "1234:" + String(repeating: "x", count: 35),
    ]

    @Test(arguments: lookalikes)
    func notAKey(input: String) {
        #expect(redactor.findings(in: input).isEmpty, "\(redactor.redact(input))")
    }

    @Test func telegramTokenInsideBotURL() {
        let url = "GET https://api.telegram.org/bot\(Self.telegram)/getMe HTTP/1.1"
        #expect(redactor.redact(url) == "GET https://api.telegram.org/bot[SECRET:telegram]/getMe HTTP/1.1")
        // Without the `bot` prefix a token glued to a word is not taken (no boundary).
        #expect(Redactor(.init(enabled: [.telegram])).findings(in: "abc\(Self.telegram)").isEmpty)
    }

    @Test func jwtWithoutSignatureAndWithoutAlg() {
        #expect(redactor.redact("eyJhbGciOiJub25lIn0.eyJzdWIiOiJmYWtlIn0.") == "[SECRET:jwt]")
        #expect(redactor.findings(in: "eyJ0eXAiOiJub25lIn0.eyJzdWIiOiJmYWtlIn0.c2ln").isEmpty)
    }

    @Test func bearerKeepsTheScheme() {
        #expect(redactor.redact("Authorization: Bearer fake.token-123_abc") == "Authorization: Bearer [SECRET:bearer]")
        #expect(redactor.redact("authorization: bearer \(Self.jwt)") == "authorization: bearer [SECRET:bearer]")
        #expect(redactor.redact("the bearer of bad news") == "the bearer of bad news")
        #expect(redactor.redact("Bearer authentication") == "Bearer authentication")
    }

    @Test func privateKeyBlockAcrossLines() {
        let block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEfakeFAKEfake+/=\nFAKEfakeFAKE==\n-----END RSA PRIVATE KEY-----"
        #expect(redactor.redact("before\n\(block)\nafter") == "before\n[SECRET:private_key]\nafter")
        let escaped = "{\"key\":\"-----BEGIN PRIVATE KEY-----\\nMIIEfake\\nFAKE==\\n-----END PRIVATE KEY-----\\n\",\"n\":1}"
        #expect(redactor.redact(escaped) == "{\"key\":\"[SECRET:private_key]\\n\",\"n\":1}")
        #expect(redactor.redact("-----BEGIN PUBLIC KEY-----\nMIIBfake\n-----END PUBLIC KEY-----") == "-----BEGIN PUBLIC KEY-----\nMIIBfake\n-----END PUBLIC KEY-----")
    }

    @Test func privateKeyWithoutEndStopsAtTheBody() {
        #expect(redactor.redact("-----BEGIN EC PRIVATE KEY-----\nMHcfake\nFAKE==\n\"}") == "[SECRET:private_key]\"}")
    }

    @Test(arguments: [
        ("password=hunter2fake", "password=[SECRET:assignment]"),
        ("DB_PASSWORD: fakefake", "DB_PASSWORD: [SECRET:assignment]"),
        ("{\"secret\": \"fake value\", \"n\": 1}", "{\"secret\": \"[SECRET:assignment]\", \"n\": 1}"),
        ("GET /cb?token=fake123&state=x", "GET /cb?token=[SECRET:assignment]&state=x"),
        ("api_key:fake, passwd='fa ke'", "api_key:[SECRET:assignment], passwd='[SECRET:assignment]'"),
        ("x-api-key: fake", "x-api-key: [SECRET:assignment]"),
        ("APIKEY=fake", "APIKEY=[SECRET:assignment]"),
        ("{\\\"password\\\":\\\"fake\\\"}", "{\\\"password\\\":\\\"[SECRET:assignment]\\\"}"),
    ])
    func assignmentKeepsTheKey(input: String, expected: String) {
        #expect(Redactor(.init(enabled: [.assignment])).redact(input) == expected)
    }

    @Test(arguments: ["max_tokens=1024", "tokens: 12", "password_file=/run/secrets/x", "the password is long", "token_count=3", "password=",
                      "if apiKey == other", "\"token\": { \"source\": \"file\" }"])
    func notAnAssignment(input: String) {
        #expect(Redactor(.init(enabled: [.assignment])).findings(in: input).isEmpty)
    }
}
