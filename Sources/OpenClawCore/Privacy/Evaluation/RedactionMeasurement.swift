/// How well a redactor does on a labelled set: the share of spans it replaces whole with the right
/// kind (per kind and per way of writing), the share of decoys it leaves alone, and any example
/// where redacting twice changes the result again.
package struct RedactionMeasurement: Sendable {
    /// Hits out of a total.
    package struct Tally: Sendable, Equatable {
        package var hits = 0
        package var total = 0

        package var rate: Double { total == 0 ? 0 : Double(hits) / Double(total) }

        mutating func count(_ hit: Bool) {
            total += 1
            if hit { hits += 1 }
        }
    }

    /// Spans replaced whole by the expected kind, out of all positive spans.
    package var recall = Tally()
    /// Decoys left untouched, out of all decoys.
    package var decoysKept = Tally()
    package var recallByKind: [String: Tally] = [:]
    package var recallByEvasion: [String: Tally] = [:]
    /// Per decoy tag (`version`, `reference`, …).
    package var decoysKeptByTag: [String: Tally] = [:]
    /// Positions in the set of the positive spans not replaced whole.
    package var missedIndexes: [Int] = []
    /// Positions in the set of the decoys a finding touched.
    package var touchedDecoyIndexes: [Int] = []
    /// Positions in the set where redacting the redacted text changed it again.
    package var notIdempotentIndexes: [Int] = []

    package init(redactor: Redactor, spans: [LabelledSpan]) {
        for (index, labelled) in spans.enumerated() {
            guard let range = labelled.byteRange else { continue }
            let findings = redactor.findings(in: labelled.text)
            if let kind = labelled.expected {
                let caught = findings.filter { $0.kind == kind }.map(\.range).covers(range)
                recall.count(caught)
                recallByKind[labelled.kind, default: Tally()].count(caught)
                recallByEvasion[labelled.evasion, default: Tally()].count(caught)
                if !caught { missedIndexes.append(index) }
            } else {
                let kept = !findings.contains { $0.range.overlaps(range) }
                decoysKept.count(kept)
                decoysKeptByTag[labelled.evasion, default: Tally()].count(kept)
                if !kept { touchedDecoyIndexes.append(index) }
            }
            let once = redactor.redact(labelled.text)
            if redactor.redact(once) != once { notIdempotentIndexes.append(index) }
        }
    }

}
