/// How well a redactor does on a labelled set: the share of spans it replaces whole with the right
/// kind (per kind and per way of writing), the share of decoys it leaves alone, and any example
/// where redacting twice changes the result again.
public struct RedactionMeasurement: Sendable {
    /// Hits out of a total.
    public struct Tally: Sendable, Equatable {
        public var hits = 0
        public var total = 0

        public var rate: Double { total == 0 ? 0 : Double(hits) / Double(total) }

        mutating func count(_ hit: Bool) {
            total += 1
            if hit { hits += 1 }
        }
    }

    /// Spans replaced whole by the expected kind, out of all positive spans.
    public var recall = Tally()
    /// Decoys left untouched, out of all decoys.
    public var decoysKept = Tally()
    public var recallByKind: [String: Tally] = [:]
    public var recallByEvasion: [String: Tally] = [:]
    /// Per decoy tag (`version`, `reference`, …).
    public var decoysKeptByTag: [String: Tally] = [:]
    /// Positions in the set of the positive spans not replaced whole.
    public var missedIndexes: [Int] = []
    /// Positions in the set of the decoys a finding touched.
    public var touchedDecoyIndexes: [Int] = []
    /// Positions in the set where redacting the redacted text changed it again.
    public var notIdempotentIndexes: [Int] = []

    public init(redactor: Redactor, spans: [LabelledSpan]) {
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
