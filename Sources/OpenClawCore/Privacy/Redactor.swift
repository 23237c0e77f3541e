/// Replaces personal data and secrets in text with tokens such as `[EMAIL]` or `[SECRET:telegram]`.
/// Built once from a `RedactionConfig`; works on any bytes (invalid UTF-8 passes through), in
/// linear time, without regular expressions.
package struct Redactor: Sendable {
    /// The configuration this redactor was built from.
    package let config: RedactionConfig
    let mask: UInt32
    let replacements: [RedactionKind: [UInt8]]

    /// A redactor for `config` (by default every kind, default tokens).
    package init(_ config: RedactionConfig = .all) {
        self.config = config
        self.mask = config.enabled.reduce(0) { $0 | $1.bit }
        var replacements: [RedactionKind: [UInt8]] = [:]
        for kind in RedactionKind.allCases { replacements[kind] = Array(config.replacement(for: kind).utf8) }
        self.replacements = replacements
    }

    /// How many times a text is read at most. A pass that replaced something is followed by
    /// another over its output: what a match's bytes hid from the detectors around it (a number
    /// that ran on into an address or a card, `5-140532 4::`) reads differently before its `[`.
    /// A pass that replaces nothing ends the reading, so text with nothing to redact is read once.
    package static let passes = 3

    /// `text` with every enabled kind replaced (the same string when nothing matched).
    package func redact(_ text: String) -> String {
        var copy = text
        guard let first = copy.withUTF8({ redactedOnce($0) }) else { return text }
        return String(decoding: redactedAgain(first), as: UTF8.self)
    }

    /// `bytes` with every enabled kind replaced; bytes that are not valid UTF-8 are copied unchanged.
    package func redact(bytes: some Collection<UInt8>) -> [UInt8] {
        withBuffer(bytes) { buffer in
            guard let first = redactedOnce(buffer) else { return Array(buffer) }
            return redactedAgain(first)
        }
    }

    /// One pass over `buffer`, or nil when it holds nothing to replace.
    private func redactedOnce(_ buffer: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let scan = ScanBuffer(bytes: buffer, floor: 0)
        var open = false
        let hits = scan.scan(mask: mask, privateKeyOpen: &open)
        if hits.isEmpty { return nil }
        var output: [UInt8] = []
        render(scan, hits: hits, upTo: buffer.count, into: &output)
        return output
    }

    /// The passes after the first, over its output, until one replaces nothing.
    private func redactedAgain(_ first: [UInt8]) -> [UInt8] {
        var text = first
        for _ in 1..<Self.passes {
            guard let next = text.withUnsafeBufferPointer({ redactedOnce($0) }) else { break }
            text = next
        }
        return text
    }

    /// The matches in `text`, as UTF-8 byte offsets.
    package func findings(in text: String) -> [Finding] {
        var copy = text
        return copy.withUTF8 { findings(in: $0) }
    }

    /// The matches in `bytes`, in order and without overlaps.
    package func findings(in bytes: some Collection<UInt8>) -> [Finding] {
        withBuffer(bytes) { buffer in
            var open = false
            return ScanBuffer(bytes: buffer, floor: 0).scan(mask: mask, privateKeyOpen: &open).map { Finding(kind: $0.kind, range: $0.range) }
        }
    }

    /// Appends `scan.bytes[floor..<limit]` to `output` with each hit replaced.
    func render(_ scan: ScanBuffer, hits: [Hit], upTo limit: Int, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + limit - scan.floor)
        var copied = scan.floor
        for hit in hits where hit.range.lowerBound < limit {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: scan.bytes[copied..<hit.range.lowerBound]))
            if !hit.silent, let replacement = replacements[hit.kind] { output.append(contentsOf: replacement) }
            copied = hit.range.upperBound
        }
        if copied < limit { output.append(contentsOf: UnsafeBufferPointer(rebasing: scan.bytes[copied..<limit])) }
    }

    private func withBuffer<R>(_ bytes: some Collection<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = bytes.withContiguousStorageIfAvailable(body) { return result }
        return Array(bytes).withUnsafeBufferPointer(body)
    }
}
