import Foundation
import OpenClawCore
import Testing

/// The default filter against the labelled development set in `eval/`; see eval/README.md for the
/// held-out and red-team figures, which are reported but deliberately not asserted.
@Suite struct ContentFilterEvaluationSetTests {
    static func messages(_ name: String) throws -> [LabelledMessage] {
        try LabelledMessage.read(jsonLines: EvaluationFile.contents(name))
    }

    @Test func devSetIsLargeAndMixed() throws {
        let messages = try Self.messages("content-filter-set.jsonl")
        #expect(messages.count(where: { $0.label == .benign }) >= 250)
        #expect(messages.count(where: { $0.label == .injection }) >= 150)
        let heldOut = try Self.messages("content-filter-heldout.jsonl")
        #expect(heldOut.count(where: { $0.label == .benign }) >= 60)
        #expect(heldOut.count(where: { $0.label == .injection }) >= 40)
    }

    @Test func defaultFilterSeparatesTheDevSet() throws {
        let measured = FilterMeasurement(filter: try ContentFilter(.default), messages: try Self.messages("content-filter-set.jsonl"))
        #expect(measured.detectionRate >= 0.97, "detected \(measured.detected)/\(measured.injectionCount)")
        #expect(measured.falsePositiveRate <= 0.01, "false positives \(measured.falsePositives)/\(measured.benignCount)")
    }

    @Test func withoutTheHeuristicsNothingIsDetected() throws {
        let bare = try ContentFilter(ContentFilterConfig(disabledRules: Set(ContentFilter.ruleIds)))
        let measured = FilterMeasurement(filter: bare, messages: try Self.messages("content-filter-set.jsonl"))
        #expect(measured.detected == 0)
    }

    @Test func readErrorNamesTheLine() {
        #expect(throws: LabelledMessage.ReadError(line: 2)) {
            try LabelledMessage.read(jsonLines: "{\"label\":\"benign\",\"text\":\"hi\"}\n{\"label\":\"maybe\",\"text\":\"x\"}\n")
        }
    }
}
