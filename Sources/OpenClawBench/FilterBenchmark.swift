import Foundation
import OpenClawCore

/// Detection and false-positive rates of the default `ContentFilter` on the labelled sets in
/// `eval/`, the rules behind each false positive, and messages/s and MB/s on one core.
enum FilterBenchmark {
    static let defaultSets = ["eval/content-filter-set.jsonl", "eval/content-filter-heldout.jsonl", "eval/content-filter-redteam.jsonl"]

    static func run(_ arguments: [String]) async throws {
        let paths = sets(in: arguments)
        let seconds = Double(PipelineBenchmark.value(after: "--seconds", in: arguments) ?? "") ?? 2
        let showing = arguments.contains("--show")
        let filter = try ContentFilter(.default)
        print("filter benchmark: ContentFilter, default rules, threshold \(filter.config.threshold), one core")
        for path in paths {
            let messages = try LabelledMessage.read(jsonLines: String(contentsOfFile: path, encoding: .utf8))
            let measured = FilterMeasurement(filter: filter, messages: messages)
            print("  \(path): \(measured.injectionCount) injections, \(measured.benignCount) benign")
            print(String(format: "    detection %.1f%% (%d/%d), missed %d", measured.detectionRate * 100, measured.detected, measured.injectionCount, measured.missedIndexes.count))
            print(String(format: "    false positives %.1f%% (%d/%d)", measured.falsePositiveRate * 100, measured.falsePositives, measured.benignCount))
            if !measured.falsePositiveRules.isEmpty {
                let rules = measured.falsePositiveRules.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
                print("    rules on false positives: \(rules.joined(separator: ", "))")
            }
            if showing { show(measured, messages, filter) }
            print(throughput(filter, messages, seconds: seconds))
        }
    }

    /// Every `--set PATH`, or the three sets under `eval/` relative to the current directory.
    private static func sets(in arguments: [String]) -> [String] {
        let named = arguments.indices.filter { arguments[$0] == "--set" && $0 + 1 < arguments.count }.map { arguments[$0 + 1] }
        return named.isEmpty ? defaultSets : named
    }

    /// Evaluates the whole set again and again for about `seconds`.
    private static func throughput(_ filter: ContentFilter, _ messages: [LabelledMessage], seconds: Double) -> String {
        let bytes = messages.reduce(0) { $0 + $1.text.utf8.count }
        var rounds = 0
        var over = 0
        let clock = ContinuousClock()
        let start = clock.now
        while (clock.now - start).inSeconds < seconds {
            for message in messages where filter.evaluate(message.text).isOver { over += 1 }
            rounds += 1
        }
        let elapsed = (clock.now - start).inSeconds
        let perSecond = Double(rounds * messages.count) / elapsed
        let megabytes = Double(rounds * bytes) / 1e6 / elapsed
        return String(format: "    throughput: %.0f messages/s, %.2f MB/s (%d rounds of %d messages, avg %d bytes; %d over)",
                      perSecond, megabytes, rounds, messages.count, bytes / max(messages.count, 1), over)
    }

    /// `--show`: the missed injections and the false positives themselves, for tuning on the dev set.
    private static func show(_ measured: FilterMeasurement, _ messages: [LabelledMessage], _ filter: ContentFilter) {
        for (title, indexes) in [("missed", measured.missedIndexes), ("false positive", measured.falsePositiveIndexes)] {
            for index in indexes {
                let verdict = filter.evaluate(messages[index].text)
                let rules = verdict.matches.map { "\($0.ruleId)=\($0.score)" }.joined(separator: " ")
                print("    \(title) [\(verdict.score)] \(rules): \(messages[index].text.debugDescription)")
            }
        }
    }
}
