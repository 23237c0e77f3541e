import Foundation
import OpenClawCore

/// Recall of the default `Redactor` on the labelled redaction sets in `eval/`: per kind, per way
/// of writing (evasion), decoys kept per tag, and examples where redacting twice changes more.
enum RedactEvalBenchmark {
    static let defaultSets = ["eval/redaction-dev.jsonl", "eval/redaction-heldout.jsonl", "eval/redaction-redteam.jsonl"]

    static func run(_ arguments: [String]) async throws {
        let named = arguments.indices.filter { arguments[$0] == "--set" && $0 + 1 < arguments.count }.map { arguments[$0 + 1] }
        let showing = arguments.contains("--show")
        let redactor = Redactor()
        print("redact-eval: Redactor, all kinds, default replacements")
        for path in named.isEmpty ? defaultSets : named {
            let spans = try LabelledSpan.read(jsonLines: String(contentsOfFile: path, encoding: .utf8))
            let measured = RedactionMeasurement(redactor: redactor, spans: spans)
            print("  \(path): \(measured.recall.total) spans to replace, \(measured.decoysKept.total) decoys")
            print("    recall \(percent(measured.recall)), decoys kept \(percent(measured.decoysKept)), not idempotent: \(measured.notIdempotentIndexes.count)")
            print(table("kind", measured.recallByKind))
            print(table("evasion", measured.recallByEvasion))
            print(table("decoy", measured.decoysKeptByTag))
            if showing {
                for index in measured.missedIndexes { print("    missed \(describe(spans[index], redactor))") }
                for index in measured.touchedDecoyIndexes { print("    decoy touched \(describe(spans[index], redactor))") }
                for index in measured.notIdempotentIndexes { print("    not idempotent \(describe(spans[index], redactor))") }
            }
        }
    }

    private static func percent(_ tally: RedactionMeasurement.Tally) -> String {
        String(format: "%.1f%% (%d/%d)", tally.rate * 100, tally.hits, tally.total)
    }

    private static func table(_ title: String, _ tallies: [String: RedactionMeasurement.Tally]) -> String {
        let rows = tallies.sorted { $0.key < $1.key }.map { "      \($0.key.padding(toLength: 16, withPad: " ", startingAt: 0)) \(percent($0.value))" }
        return "    by \(title):\n" + rows.joined(separator: "\n")
    }

    private static func describe(_ span: LabelledSpan, _ redactor: Redactor) -> String {
        "[\(span.kind)/\(span.evasion)] \(span.text.debugDescription) → \(redactor.redact(span.text).debugDescription)"
    }
}
