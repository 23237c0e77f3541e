/// Redacts a byte stream chunk by chunk with flat memory, giving the bytes `Redactor` gives the
/// whole input: the same passes (`Redactor.passes`), each a `StreamRedactorPass` reading the one
/// before it as its stream. Complete lines are redacted as they arrive; a line longer than
/// `maxLineLength` is cut where no match or folded view straddles the cut, keeping `overlap` bytes
/// (longer than any bounded pattern) for the next chunk. A private-key block spanning lines or
/// chunks is followed across them.
package struct StreamRedactor: Sendable {
    /// The redactor applied to each piece.
    package let redactor: Redactor
    /// Bytes held for an unfinished line before it is redacted in pieces.
    package let maxLineLength: Int
    /// Bytes kept back at a forced cut, so a match that straddles it is seen whole next time.
    package let overlap: Int

    private var passes: [StreamRedactorPass]

    /// The most bytes of an unfinished line one pass holds back: `maxLineLength`, past it what a
    /// folded view running over every cut may still need and one step between tries, and the
    /// context kept before a piece.
    package var maxHeldPerPass: Int { maxLineLength + StreamRedactorPass.viewSlack + overlap + ScanBuffer.viewContext }

    /// A stream redactor; `maxLineLength` must exceed `overlap`.
    package init(redactor: Redactor = Redactor(), maxLineLength: Int = 64 * 1024, overlap: Int = 4 * 1024) {
        precondition(maxLineLength > overlap, "maxLineLength must exceed overlap")
        self.redactor = redactor
        self.maxLineLength = maxLineLength
        self.overlap = overlap
        passes = Array(repeating: StreamRedactorPass(redactor: redactor, maxLineLength: maxLineLength, overlap: overlap), count: Redactor.passes)
    }

    /// Bytes read by the passes' scans so far, a piece read again counted again.
    package var bytesScanned: Int { passes.reduce(0) { $0 + $1.bytesScanned } }

    /// Takes the next chunk; returns the redacted bytes that are final so far.
    package mutating func process(_ chunk: some Collection<UInt8>) -> [UInt8] {
        var output = passes[0].process(chunk)
        for k in passes.indices.dropFirst() where !output.isEmpty {
            output = passes[k].process(output)
        }
        return output
    }

    /// Ends the stream; returns whatever was held back, redacted.
    package mutating func finish() -> [UInt8] {
        var output = passes[0].finish()
        for k in passes.indices.dropFirst() {
            output = passes[k].process(output) + passes[k].finish()
        }
        return output
    }
}
