import FuzzSupport
import OpenClawTelegram

/// A model's reply (whatever the model was made to write) cut into Telegram messages. The first
/// two bytes pick the limit, the rest is the text. Every chunk fits the limit in UTF-16 units and
/// is not empty; chunks are the text in order, cut only between grapheme clusters (a lone cluster
/// wider than the limit excepted), dropping at most one break (a space or line, or a blank line)
/// at each cut.
enum MessageChunkerTarget {
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        var input = FuzzInput(bytes)
        let limit = input.int(in: 1...300)
        let text = String(decoding: input.rest, as: UTF8.self)
        let chunks = MessageChunker.chunks(of: text, limit: limit)
        let effectiveLimit = max(limit, 2)
        for chunk in chunks {
            fuzzCheck(!chunk.isEmpty, "an empty chunk")
            fuzzCheck(chunk.utf16.count <= effectiveLimit, "a chunk of \(chunk.utf16.count) UTF-16 units over the limit \(effectiveLimit)")
        }
        checkCuts(chunks, of: text, limit: effectiveLimit)
    }

    /// Walks the text's clusters along the chunks: each chunk is the text's next clusters (or the
    /// next piece of one oversized cluster), and only whitespace clusters are skipped between
    /// chunks, at most two per cut. Where a chunk is all whitespace, which of a run's clusters were
    /// dropped cannot be told apart, so the unspent allowance carries over.
    static func checkCuts(_ chunks: [String], of text: String, limit: Int) {
        let characters = Array(text)
        let clusters = characters.map { Array($0.unicodeScalars) }
        let widths = clusters.map(clusterWidth)
        var position = 0
        var unitsIntoOversized = 0
        var allowance = 0
        for (number, chunk) in chunks.enumerated() {
            let units = Array(chunk.utf16)
            if unitsIntoOversized > 0 {
                let cluster = Array(String(String.UnicodeScalarView(clusters[position])).utf16)
                fuzzCheck(Array(cluster.dropFirst(unitsIntoOversized).prefix(units.count)) == units, "an oversized cluster cut out of order")
                unitsIntoOversized += units.count
                if unitsIntoOversized >= cluster.count {
                    unitsIntoOversized = 0
                    position += 1
                }
                continue
            }
            if number > 0 { allowance += 2 }
            let pieces = chunk.map { Array($0.unicodeScalars) }
            var skipped = 0
            while !starts(chunk: pieces, units: units, at: position + skipped, in: clusters, widths: widths, limit: limit) {
                let gap = position + skipped
                fuzzCheck(skipped < allowance && gap < clusters.count && characters[gap].isWhitespace, "chunk \(number) is not the text's next clusters (a cluster was split or text dropped)")
                skipped += 1
            }
            position += skipped
            allowance = chunk.allSatisfy(\.isWhitespace) ? allowance - skipped : 0
            if widths[position] > limit {
                unitsIntoOversized = units.count
                if unitsIntoOversized >= widths[position] {
                    unitsIntoOversized = 0
                    position += 1
                }
            } else {
                position += pieces.count
            }
        }
        fuzzCheck(unitsIntoOversized == 0, "an oversized cluster was left unfinished")
        let rest = characters[position...]
        fuzzCheck(rest.count <= allowance + 2 && rest.allSatisfy(\.isWhitespace), "text after the last chunk was dropped")
    }

    /// Whether the chunk (its clusters, or its UTF-16 units for a piece of an oversized cluster) starts at `position`.
    private static func starts(
        chunk pieces: [[Unicode.Scalar]], units: [UInt16], at position: Int, in clusters: [[Unicode.Scalar]], widths: [Int], limit: Int
    ) -> Bool {
        guard position < clusters.count else { return false }
        if widths[position] > limit {
            return String(String.UnicodeScalarView(clusters[position])).utf16.prefix(units.count).elementsEqual(units)
        }
        return position + pieces.count <= clusters.count && clusters[position..<position + pieces.count].elementsEqual(pieces)
    }

    private static func clusterWidth(_ scalars: [Unicode.Scalar]) -> Int {
        scalars.reduce(0) { $0 + $1.utf16.count }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    MessageChunkerTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
