#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import FuzzSupport
import OpenClawCore
import OpenClawLLM
import OpenClawTelegram

/// `config/openclaw.json` as an operator (or a bad merge) may write it. The file either parses or
/// is refused with a list of problems, each naming a key path and a rule and holding no secret;
/// and every configuration accepted is one the code handles: the content filter compiles, the
/// rate limiter, the redactor and the chunker run with its values, prices give finite sums.
enum ConfigFileTarget {
    static let secretsOnly = Redactor(.secretsOnly)

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let config: OpenClawConfig
        do {
            config = try ConfigParser.parse(data: Data(bytes))
        } catch {
            checkRefusal(error)
            return
        }
        use(config)
    }

    static func checkRefusal(_ error: ConfigError) {
        fuzzCheck(!error.issues.isEmpty, "a refusal without a reason")
        for issue in error.issues {
            fuzzCheck(!issue.path.isEmpty && !issue.message.isEmpty, "an issue without a key path or a rule: \(issue)")
            fuzzCheck(secretsOnly.findings(in: issue.path).isEmpty && secretsOnly.findings(in: issue.message).isEmpty, "an issue holds a secret")
        }
    }

    static func use(_ config: OpenClawConfig) {
        do {
            _ = try ContentFilter(config.contentFilter)
        } catch {
            fuzzCheck(false, "an accepted contentFilter section does not compile: \(error)")
        }
        let origin = ContinuousClock.now
        let limiter = RateLimiter(rules: config.limits.rateRules, origin: origin)
        for offset in [0, 1, 1_000_000_000] {
            _ = limiter.decide([.user(1), .chat(-100), .global], now: origin.advanced(by: .nanoseconds(offset)))
            _ = limiter.decide(.pairingSender(2), now: origin.advanced(by: .nanoseconds(offset)))
        }
        let redactor = Redactor(config.privacy.redaction(.all))
        _ = redactor.redact("mail alice@example.com or call +1 415 555 0100")
        let chunks = MessageChunker.chunks(of: String(repeating: "word ", count: 2_000), limit: config.telegram.textChunkLimit)
        fuzzCheck(chunks.allSatisfy { $0.utf16.count <= max(config.telegram.textChunkLimit, 2) }, "chunks over the configured limit")
        let most = TokenUsage(
            input: UsageEstimate.maxTokensPerCall, output: UsageEstimate.maxTokensPerCall,
            cacheRead: UsageEstimate.maxTokensPerCall, cacheWrite: UsageEstimate.maxTokensPerCall
        )
        for provider in config.providers.values {
            for model in provider.models {
                if let cost = model.cost {
                    fuzzCheck(cost.usd(for: most).isFinite, "an accepted price gives an infinite cost")
                }
            }
        }
        for use in config.secretUses {
            fuzzCheck(!use.keyPath.isEmpty, "a secret use without a key path")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ConfigFileTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
