@testable import OpenClawCore
import Testing

/// `contentFilter` in the configuration file: defaults, every key, and the issues reported.
@Suite struct ContentFilterConfigTests {
    func issues(_ section: JSONValue) -> [ConfigIssue] {
        do {
            _ = try ConfigParser.contentFilter(from: section)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func missingSectionMeansDefaults() throws {
        #expect(try ConfigParser.contentFilter(from: .null) == .default)
        #expect(ContentFilterConfig.default == ContentFilterConfig(action: .block, threshold: 60))
    }

    @Test func readsEveryKey() throws {
        let config = try ConfigParser.contentFilter(from: [
            "action": "flag", "threshold": 80, "blockWords": ["falcon", "Project X"], "blockPatterns": ["PRJ-\\d+"],
            "disabledRules": ["injection.encoding_evasion"],
        ])
        #expect(config == ContentFilterConfig(
            action: .flag, threshold: 80, blockWords: ["falcon", "Project X"], blockPatterns: ["PRJ-\\d+"],
            disabledRules: ["injection.encoding_evasion"]
        ))
        #expect(throws: Never.self) { try ContentFilter(config) }
    }

    @Test func unknownKeyIsRefused() {
        #expect(issues(["treshold": 10]).map(\.path) == ["contentFilter.treshold"])
    }

    @Test func badValuesAreReportedAtTheirPath() {
        let found = issues([
            "action": "drop", "threshold": 0, "blockWords": ["ok", "!!"], "blockPatterns": ["fine", "(oops", "[z-a]"],
            "disabledRules": ["injection.roleplay_jailbreak", "injection.nope"],
        ])
        #expect(found.map(\.path) == [
            "contentFilter.blockWords[1]", "contentFilter.blockPatterns[1]", "contentFilter.blockPatterns[2]",
            "contentFilter.disabledRules[1]", "contentFilter.action", "contentFilter.threshold",
        ])
        #expect(found.first { $0.path == "contentFilter.action" }?.message == "must be one of block | flag | allow")
        #expect(found.first { $0.path == "contentFilter.disabledRules[1]" }?.message.contains("injection.roleplay_jailbreak") == true)
        #expect(found.allSatisfy { !$0.message.contains("oops") })
    }

    @Test func wrongTypesAreReported() {
        #expect(issues(["blockWords": "falcon"]).map(\.path) == ["contentFilter.blockWords"])
        #expect(issues(["blockPatterns": [1]]).map(\.path) == ["contentFilter.blockPatterns[0]"])
        #expect(issues(["not", "an", "object"]).map(\.path) == ["contentFilter"])
    }
}
