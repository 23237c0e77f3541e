import FuzzSupport
import OpenClawCore

/// A user's message as the input filter reads it (typed, and quoted or forwarded), with the default
/// configuration and with an operator's block lists. The verdict must add up: each built-in rule
/// scores 0 to 100 (a question about an attack scales a score down, possibly to 0), the score
/// is the sum of the matches, `isOver` is the threshold test, rules come in their documented order
/// and a match names a rule, never the text.
///
/// Each input is read under one of the two filters (chosen by its hash, so a saved input replays
/// the same way), typed and forwarded: both filters run the same built-in rules over the same
/// text, so reading every input under both doubled the cost for little new coverage.
enum ContentFilterTarget {
    static let filters: [ContentFilter] = {
        do {
            return [
                try ContentFilter(.default),
                try ContentFilter(ContentFilterConfig(
                    action: .flag, threshold: 100, blockWords: ["launch codes", "ｆｏｒｂｉｄｄｅｎ"],
                    blockPatterns: ["(?i)wire\\s+\\d+\\s*btc"], disabledRules: [ContentFilter.ruleIds[0]]
                )),
            ]
        } catch {
            fatalError("the fuzz target's own filter configuration is refused: \(error)")
        }
    }()

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let filter = filters[Int(FuzzSample.hash(bytes) % UInt64(filters.count))]
        for untrusted in [false, true] {
            check(filter.evaluate(text, untrusted: untrusted), of: filter)
        }
    }

    static func check(_ verdict: ContentVerdict, of filter: ContentFilter) {
        fuzzCheck(verdict.score == verdict.matches.reduce(0) { $0 + $1.score }, "the score is not the sum of the matches")
        fuzzCheck(verdict.isOver == (verdict.score >= filter.config.threshold), "isOver disagrees with the threshold")
        var lastRule = -1
        for match in verdict.matches {
            if let rule = ContentFilter.ruleIds.firstIndex(of: match.ruleId) {
                fuzzCheck((0...100).contains(match.score), "\(match.ruleId) scored \(match.score)")
                fuzzCheck(rule > lastRule, "built-in rules out of order")
                fuzzCheck(!filter.config.disabledRules.contains(match.ruleId), "a disabled rule scored")
                lastRule = rule
            } else {
                fuzzCheck(match.ruleId == "blocklist.word" || match.ruleId.hasPrefix("blocklist.pattern["), "an unknown rule id \(match.ruleId)")
                lastRule = Int.max
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ContentFilterTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
