#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One labelled span of a redaction evaluation set (`eval/redaction-*.jsonl`): text that must be
/// replaced whole by findings of `kind`, or, for a decoy, text that no finding may touch.
package struct LabelledSpan: Sendable, Equatable, Decodable {
    /// A line of a set that is not `{"kind": …, "evasion": …, "text": …, "span": …}` with a known
    /// kind and a span that occurs in the text.
    package struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// One-based line number.
        package var line: Int

        package init(line: Int) {
            self.line = line
        }

        package var description: String {
            "line \(line): expected {\"kind\":\"<redaction kind>|keep\",\"evasion\":\"…\",\"text\":\"…\",\"span\":\"<part of text>\"}"
        }
    }

    /// A `RedactionKind` raw value, or `keep` for a decoy.
    package var kind: String
    /// How the value is written (`plain`, `percent`, `zero-width`, …), or what a decoy is.
    package var evasion: String
    package var text: String
    /// Part of `text`; its first occurrence is the labelled span.
    package var span: String

    package init(kind: String, evasion: String, text: String, span: String) {
        self.kind = kind
        self.evasion = evasion
        self.text = text
        self.span = span
    }

    /// The kind that must replace the span; nil for a decoy.
    package var expected: RedactionKind? { RedactionKind(rawValue: kind) }

    package var isDecoy: Bool { kind == "keep" }

    /// UTF-8 offsets of the first occurrence of `span` in `text`.
    package var byteRange: Range<Int>? {
        let haystack = Array(text.utf8)
        let needle = Array(span.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }

    /// Reads JSON Lines: one object per line, blank lines skipped.
    package static func read(jsonLines: String) throws(ReadError) -> [LabelledSpan] {
        var spans: [LabelledSpan] = []
        let decoder = JSONDecoder()
        for (number, line) in jsonLines.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy(\.isWhitespace) {
            guard let span = try? decoder.decode(LabelledSpan.self, from: Data(line.utf8)),
                  span.isDecoy || span.expected != nil, span.byteRange != nil
            else { throw ReadError(line: number + 1) }
            spans.append(span)
        }
        return spans
    }
}
