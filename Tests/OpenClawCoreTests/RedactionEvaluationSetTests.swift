import Foundation
import OpenClawCore
import Testing

/// The default redactor against the labelled redaction sets in `eval/`. The development set's
/// figures are asserted; the held-out set's are reported in docs/PRIVACY.md, not asserted, so it
/// is never tuned on. Both must keep the redactor's invariant: redacting twice changes nothing.
@Suite struct RedactionEvaluationSetTests {
    static func spans(_ name: String) throws -> [LabelledSpan] {
        try LabelledSpan.read(jsonLines: EvaluationFile.contents(name))
    }

    @Test func setsAreLargeAndMixed() throws {
        let dev = try Self.spans("redaction-dev.jsonl")
        let heldOut = try Self.spans("redaction-heldout.jsonl")
        #expect(dev.count(where: { !$0.isDecoy }) >= 200)
        #expect(dev.count(where: \.isDecoy) >= 60)
        #expect(heldOut.count(where: { !$0.isDecoy }) >= 100)
        #expect(heldOut.count(where: \.isDecoy) >= 30)
        #expect(Set(dev.map(\.evasion)).isSuperset(of: ["zero-width", "fullwidth", "percent", "form", "lowercase", "spaced-digits", "version", "reference"]))
    }

    @Test func defaultRedactorMeetsTheBarOnTheDevSet() throws {
        let measured = RedactionMeasurement(redactor: Redactor(), spans: try Self.spans("redaction-dev.jsonl"))
        #expect(measured.recall.rate >= 0.95, "recall \(measured.recall.hits)/\(measured.recall.total), missed \(measured.missedIndexes)")
        #expect(measured.decoysKept.rate >= 0.95, "kept \(measured.decoysKept.hits)/\(measured.decoysKept.total), touched \(measured.touchedDecoyIndexes)")
    }

    @Test(arguments: ["redaction-dev.jsonl", "redaction-heldout.jsonl"])
    func redactingTwiceChangesNothing(set: String) throws {
        let measured = RedactionMeasurement(redactor: Redactor(), spans: try Self.spans(set))
        #expect(measured.notIdempotentIndexes.isEmpty)
    }

    @Test func aSpanMustBePartOfItsText() {
        #expect(throws: LabelledSpan.ReadError(line: 1)) {
            try LabelledSpan.read(jsonLines: #"{"kind":"email","evasion":"plain","text":"hi","span":"a@b.cd"}"#)
        }
        #expect(throws: LabelledSpan.ReadError(line: 2)) {
            try LabelledSpan.read(jsonLines: "{\"kind\":\"keep\",\"evasion\":\"x\",\"text\":\"ab\",\"span\":\"a\"}\n{\"kind\":\"nope\",\"evasion\":\"x\",\"text\":\"ab\",\"span\":\"a\"}")
        }
    }

    @Test func coverageNeedsEveryByteOfTheSpan() {
        let spans = [LabelledSpan(kind: "email", evasion: "plain", text: "mail jo@example.com now", span: "jo@example.com now")]
        #expect(RedactionMeasurement(redactor: Redactor(), spans: spans).recall.hits == 0)
    }
}
