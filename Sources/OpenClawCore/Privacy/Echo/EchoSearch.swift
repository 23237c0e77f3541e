/// Finds known values (the gateway's own secrets, the prompt canary) in text a model wrote, however
/// it wrote them back: spaced out, re-cased or punctuated, in look-alike characters, with invisible
/// characters between, percent- or `\u`-escaped, or encoded as base64 or hex.
///
/// Values are compared by their letters and digits only, lower-cased, so the search does not
/// depend on separators a model may add or drop.
package struct EchoSearch: Sendable {
    /// Values with fewer letters and digits than this are not searched: they would match words.
    package static let minimumLength = 8

    private let needles: [[UInt8]]

    package init(_ values: some Sequence<String>) {
        needles = values.compactMap { value in
            var copy = value
            let folded = copy.withUTF8 { LettersAndDigits(ScanBuffer(bytes: $0, floor: 0)).bytes }
            return folded.count >= Self.minimumLength ? folded : nil
        }
    }

    /// Whether `text` carries any of the values, in any of the forms above.
    package func occurs(in text: String) -> Bool {
        !ranges(in: text).isEmpty
    }

    /// `text` with each stretch carrying a value replaced by `token`: the characters of a value
    /// written out, or the whole encoded run that decodes to one.
    package func replacing(in text: String, with token: String) -> String {
        let found = ranges(in: text)
        guard !found.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var copied = 0
        for range in found {
            output += bytes[copied..<range.lowerBound]
            output += token.utf8
            copied = range.upperBound
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// UTF-8 ranges of `text` that carry a value, sorted and merged.
    func ranges(in text: String) -> [Range<Int>] {
        guard !needles.isEmpty else { return [] }
        var copy = text
        return copy.withUTF8 { buffer in
            let input = ScanBuffer(bytes: buffer, floor: 0)
            var found = LettersAndDigits(input).ranges(of: needles)
            for run in EncodedRun.runs(in: input) where run.decodings.contains(where: carriesValue) {
                found.append(run.range)
            }
            return Self.merged(found)
        }
    }

    private func carriesValue(_ decoded: [UInt8]) -> Bool {
        decoded.withUnsafeBufferPointer { !LettersAndDigits(ScanBuffer(bytes: $0, floor: 0)).ranges(of: needles).isEmpty }
    }

    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<Swift.max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}

/// The ASCII letters and digits of a text after folding and decoding (`FoldedView`), lower-cased,
/// each with the input range it came from.
struct LettersAndDigits {
    private(set) var bytes: [UInt8] = []
    private var sources: [Range<Int>] = []

    init(_ input: ScanBuffer) {
        let view = FoldedView(input, context: 0..<0, window: 0..<input.end, lookahead: input.end..<input.end)
        for (index, byte) in view.bytes.enumerated() where ASCIIByte.isWord(byte) {
            bytes.append(ASCIIByte.lower(byte))
            sources.append(view.source(of: index..<(index + 1)))
        }
    }

    /// Input ranges where one of `needles` occurs.
    func ranges(of needles: [[UInt8]]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for needle in needles where needle.count <= bytes.count {
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == needle[0], bytes[start..<(start + needle.count)].elementsEqual(needle) {
                    found.append(sources[start].lowerBound..<sources[start + needle.count - 1].upperBound)
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return found
    }
}
