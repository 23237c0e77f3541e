/// One pass of a `StreamRedactor`: complete lines are redacted as they arrive; a line longer
/// than `maxLineLength` is cut where no match or folded view straddles the cut, keeping `overlap`
/// bytes (longer than any bounded pattern) for the next chunk. A private-key block spanning lines
/// or chunks is followed across them. It gives the bytes one pass of `Redactor` gives the whole input.
struct StreamRedactorPass: Sendable {
    let redactor: Redactor
    let maxLineLength: Int
    let overlap: Int

    private var pending: [UInt8] = []
    /// How many leading bytes of `pending` were already written (kept as context for boundaries).
    private var context = 0
    private var privateKeyOpen = false
    /// While a long line waits for a folded view to end, the size of `pending` at which to try a
    /// cut again: `overlap` bytes on, not at every chunk, so a line fed a byte at a time is not
    /// scanned whole once per byte.
    private var retryAt = 0
    /// Bytes read by scans so far, a piece read again counted again: the work a stream costs.
    private(set) var bytesScanned = 0

    init(redactor: Redactor, maxLineLength: Int, overlap: Int) {
        self.redactor = redactor
        self.maxLineLength = maxLineLength
        self.overlap = overlap
    }

    /// Takes the next chunk; returns the redacted bytes that are final so far.
    mutating func process(_ chunk: some Collection<UInt8>) -> [UInt8] {
        let searchFrom = pending.count
        pending.append(contentsOf: chunk)
        var output: [UInt8] = []
        if let newline = lastNewline(from: searchFrom) {
            emit(upTo: newline + 1, into: &output)
        }
        while pending.count - context > maxLineLength, pending.count >= retryAt {
            guard emit(upTo: nil, into: &output) else {
                retryAt = pending.count + overlap
                break
            }
        }
        return output
    }

    /// Ends the stream; returns whatever was held back, redacted.
    mutating func finish() -> [UInt8] {
        var output: [UInt8] = []
        emit(upTo: pending.count, into: &output)
        pending = []
        context = 0
        privateKeyOpen = false
        retryAt = 0
        return output
    }

    private func lastNewline(from start: Int) -> Int? {
        var p = pending.count
        while p > Swift.max(start, context) {
            p -= 1
            if pending[p] == UInt8(ascii: "\n") { return p }
        }
        return nil
    }

    /// Redacts `pending[context..<cut]` into `output`. Without `cut`, picks one for a long line,
    /// or returns false and waits for more of the line (`forcedCut`).
    @discardableResult
    private mutating func emit(upTo cut: Int?, into output: inout [UInt8]) -> Bool {
        let redactor = self.redactor
        let context = self.context
        var open = privateKeyOpen
        let overlap = self.overlap
        let mayWait = pending.count - context <= maxLineLength + Self.viewSlack
        bytesScanned += (cut ?? pending.count) - context
        let chosen: Int? = pending.withUnsafeBufferPointer { buffer in
            let limit = cut ?? buffer.count
            let scan = ScanBuffer(bytes: UnsafeBufferPointer(rebasing: buffer[0..<limit]), floor: context)
            var views: [Range<Int>]? = cut == nil ? [] : nil
            let hits = scan.scan(mask: redactor.mask, privateKeyOpen: &open, views: &views)
            guard let chosen = cut ?? Self.forcedCut(in: buffer, context: context, overlap: overlap, hits: hits, views: views ?? [], mayWait: mayWait)
            else { return nil }
            redactor.render(scan, hits: hits, upTo: chosen, into: &output)
            return chosen
        }
        guard let chosen else { return false }
        // A cut before the end re-scans what follows, so no key body can be open at it.
        privateKeyOpen = chosen == (cut ?? pending.count) ? open : false
        // Kept as context for the next piece: word boundaries, `/bot`, the words before a number.
        let keep = Swift.min(ScanBuffer.viewContext, chosen)
        pending.removeFirst(chosen - keep)
        self.context = keep
        retryAt = 0
        return true
    }

    /// How far past `maxLineLength` a line may grow (and `overlap` more, the step between tries)
    /// while every cut would split a folded view that starts where the piece does: a view's window
    /// is at most `viewLimit` bytes, and it looks as far again for a match running on.
    static let viewSlack = 2 * ScanBuffer.viewLimit

    /// Where to cut a long line: `overlap` bytes before the end, moved before each match across it
    /// or ending at it or one separator before it, and before each folded view read across it,
    /// until neither moves it: the next piece reads the match and what follows together, as the
    /// whole line would (a number after a match is not the match's tail), and opens the view where
    /// the whole line opened it, with what it looked back at (fuzz finding 47: a view chained over
    /// the cut took in a `=` before it, and read `+` after it as a form's space).
    /// Where they fill the piece, nil while the line `mayWait` for more bytes; past that, the cut
    /// moves before matches only (all of the piece if they fill it).
    private static func forcedCut(in buffer: UnsafeBufferPointer<UInt8>, context: Int, overlap: Int, hits: [Hit], views: [Range<Int>],
                                  mayWait: Bool) -> Int? {
        let beforeViews = cut(in: buffer, context: context, overlap: overlap, hits: hits, views: views)
        if beforeViews > context { return beforeViews }
        if mayWait { return nil }
        let beforeMatches = cut(in: buffer, context: context, overlap: overlap, hits: hits, views: [])
        return beforeMatches > context ? beforeMatches : buffer.count
    }

    /// `overlap` bytes before the end, moved back before each of `hits` and `views` across it and
    /// out of escapes, until nothing moves it (or it reaches `context`).
    private static func cut(in buffer: UnsafeBufferPointer<UInt8>, context: Int, overlap: Int, hits: [Hit], views: [Range<Int>]) -> Int {
        var cut = buffer.count - overlap
        var moved = true
        while moved, cut > context {
            let before = cut
            for hit in hits.reversed() where hit.anchor < cut && hit.range.upperBound >= cut - 1 {
                cut = hit.anchor
            }
            // A view that ends at the cut does not span it: the whole line's scan resumes there too.
            for view in views.reversed() where view.lowerBound < cut && view.upperBound > cut {
                cut = view.lowerBound
            }
            cut = cutOutside(escapesAround: cut, in: buffer)
            moved = cut != before
        }
        return cut
    }

    /// `cut`, moved back before a character or an escape it would split, read by the decoders the
    /// view reads them with (`%XX` and `%25XX`, percent-encoded UTF-8, `\uXXXX` and a surrogate
    /// pair): the next piece's view then decodes it as the whole line's does (fuzz finding 46: a cut
    /// inside `%16` left `16-25 789`, a phone, to the next piece).
    private static func cutOutside(escapesAround cut: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        let scan = ScanBuffer(bytes: buffer, floor: 0)
        var cut = cut
        while cut > 0, cut < buffer.count, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }
        // The longest escape, a percent-encoded four-byte character or a surrogate pair, is 12 bytes.
        for start in Swift.max(0, cut - 11)..<cut {
            let length = scan.percentEncodedScalar(at: start)?.length ?? scan.percentEncodedByte(at: start)?.length
                ?? scan.jsonEscapedScalar(at: start)?.length ?? 0
            if start + length > cut { return start }
        }
        return cut
    }
}
