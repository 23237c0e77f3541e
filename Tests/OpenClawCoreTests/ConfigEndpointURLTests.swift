import Foundation
import OpenClawCore
import Testing

/// Plain `http://` is allowed for loopback only, decided on the host the request really goes to.
@Suite struct ConfigEndpointURLTests {
    let base = ConfigParserTests()

    func apiRootIssues(_ url: String) -> [ConfigIssue] {
        base.issues { base.telegram(&$0, "apiRoot", url) }
    }

    func provider(_ tree: inout [String: Any], _ entries: [String: Any]) {
        var local: [String: Any] = ["api": "openai-completions", "models": [["id": "llama3", "cost": ["input": 0, "output": 0]]]]
        local.merge(entries) { $1 }
        tree["models"] = ["providers": ["local": local]]
    }

    /// Each of these used to pass the prefix match and would have carried the bot token in clear text elsewhere.
    @Test(arguments: [
        "http://127.0.0.1.nip.io", "http://127.0.0.1.nip.io:8081/", "http://127.0.0.1@evil.example", "http://127.0.0.1:80@evil.example/",
        "http://localhost@evil.example", "http://localhost.evil.example", "http://[::1]@evil.example", "http://127.evil.example",
        "http://0177.0.0.1", "http://127.0.0.256", "http://evil.example", "ftp://127.0.0.1", "http://", "not a url",
    ])
    func plainHTTPToAnythingButLoopbackIsRefused(url: String) {
        #expect(apiRootIssues(url).map(\.path) == ["channels.telegram.apiRoot"], "\(url)")
    }

    @Test(arguments: [
        "https://api.telegram.org", "http://127.0.0.1:8081", "http://127.8.9.10/", "http://localhost", "http://LOCALHOST:8081/",
        "http://[::1]:8081",
    ])
    func httpsAndLoopbackHTTPAreAccepted(url: String) {
        #expect(apiRootIssues(url).isEmpty, "\(url)")
    }

    @Test func userInfoIsRefusedEvenOverHTTPS() {
        #expect(apiRootIssues("https://user:pass@api.telegram.org").map(\.path) == ["channels.telegram.apiRoot"])
    }

    @Test func webhookURLIsDecidedOnItsHostToo() {
        let refused = base.issues { tree in
            base.telegram(&tree, "webhookUrl", "http://127.0.0.1@bot.example.org/telegram-webhook")
            base.telegram(&tree, "webhookSecret", ["source": "file", "id": "telegram_webhook_secret"])
        }
        #expect(refused.map(\.path) == ["channels.telegram.webhookUrl"])
    }

    @Test func providerOverPlainHTTPToTheLANNeedsAllowInsecureHttp() throws {
        let refused = base.issues { provider(&$0, ["baseUrl": "http://192.168.1.20:11434/v1"]) }
        #expect(refused.map(\.path) == ["models.providers.local.baseUrl"])
        #expect(refused.first?.message.contains("models.providers.local.allowInsecureHttp") == true)

        let trick = base.issues { provider(&$0, ["baseUrl": "http://127.0.0.1.nip.io:11434/v1"]) }
        #expect(trick.map(\.path) == ["models.providers.local.baseUrl"])

        let allowed = try base.parse(minimalWith: { provider(&$0, ["baseUrl": "http://192.168.1.20:11434/v1", "allowInsecureHttp": true]) })
        #expect(allowed.providers["local"]?.allowInsecureHttp == true)
        let loopback = try base.parse(minimalWith: { provider(&$0, ["baseUrl": "http://localhost:11434/v1"]) })
        #expect(loopback.providers["local"]?.allowInsecureHttp == false)
        let https = try base.parse(minimalWith: { provider(&$0, ["baseUrl": "https://ollama.lan.example/v1"]) })
        #expect(https.providers["local"]?.baseUrl == "https://ollama.lan.example/v1")
    }

    @Test func aBindNameThatOnlyLooksLoopbackNeedsTheGatewayToken() {
        #expect(base.issues { $0["gateway"] = ["bind": "127.0.0.1.nip.io"] }.map(\.path) == ["gateway.bind"])
        #expect(base.issues { $0["gateway"] = ["bind": "127.0.0.2"] }.isEmpty)
        #expect(base.issues { $0["gateway"] = ["bind": "::1"] }.isEmpty)
    }
}
