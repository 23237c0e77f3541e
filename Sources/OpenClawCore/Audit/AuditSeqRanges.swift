/// Sequence numbers written compactly as `3,7-9,12` (for `gdpr.erased` details).
package enum AuditSeqRanges {
    package static func format(_ seqs: [Int64]) -> String {
        var parts: [String] = []
        var start: Int64?
        var end: Int64 = 0
        for seq in Set(seqs).sorted() {
            if let first = start, seq == end + 1 {
                end = seq
                start = first
                continue
            }
            if let first = start { parts.append(first == end ? "\(first)" : "\(first)-\(end)") }
            start = seq
            end = seq
        }
        if let first = start { parts.append(first == end ? "\(first)" : "\(first)-\(end)") }
        return parts.joined(separator: ",")
    }

    /// The numbers in `text`; malformed parts and ranges over a million numbers are skipped.
    package static func parse(_ text: String) -> [Int64] {
        text.split(separator: ",").flatMap { part -> [Int64] in
            let bounds = part.split(separator: "-", maxSplits: 1).map { Int64($0) }
            switch bounds.count {
            case 1: return bounds[0].map { [$0] } ?? []
            case 2:
                guard let low = bounds[0], let high = bounds[1], low <= high, high - low < 1_000_000 else { return [] }
                return Array(low...high)
            default: return []
            }
        }
    }
}
