/// Where the scan leaves the bytes as written for a folded view: around a look-alike character,
/// an invisible one, an escape, digits one space apart, or a `+` used as a space in a form body.
/// Only that stretch is folded and scanned again, so plain ASCII text costs one test per byte.
extension ScanBuffer {
    /// Bytes to look behind a view's start for (`tel`, `password=`, a word boundary).
    static let viewContext = 64
    /// How far before its first trigger a view starts, at most.
    static let viewReach = 128
    /// The longest view; a longer stretch is folded in several.
    static let viewLimit = 8 * 1024

    /// Whether the byte at `i` opens a view: cheap tests first, the scalar decoded only at a lead byte.
    @inline(__always) func opensView(at i: Int, byte b: UInt8, previousIsWord: Bool, lastHitEnd: Int = .min) -> Bool {
        if b >= 0xC0 {
            guard let (scalar, _) = scalar(at: i) else { return false }
            let folded = FoldedScalar(scalar)
            // Fullwidth punctuation glued to ASCII (`7012345678：AAH…`) joins what it separates.
            return folded.opensView || (previousIsWord && folded != .same)
        }
        switch b {
        case UInt8(ascii: "%"): return ASCIIByte.isHex(self[i + 1]) && ASCIIByte.isHex(self[i + 2])
        case UInt8(ascii: "\\"): return self[i + 1] == UInt8(ascii: "u") && jsonEscapedScalar(at: i) != nil
        case UInt8(ascii: "+"):
            if previousIsWord { return plusIsFormSpace(at: i, lastHitEnd: lastHitEnd) }
            return spacedDigits(from: self[i + 1] == UInt8(ascii: " ") ? i + 2 : i + 1) >= 7
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return !previousIsWord && self[i + 1] == UInt8(ascii: " ") && ASCIIByte.isDigit(self[i + 2]) && spacedDigits(from: i) >= 7
        default: return false
        }
    }

    /// The input continues at `i` with something a view folds (for a match that ends right there).
    func opensView(at i: Int) -> Bool {
        let b = self[i]
        guard b >= 0xC0 || b == UInt8(ascii: "%") || b == UInt8(ascii: "\\") else { return false }
        return opensView(at: i, byte: b, previousIsWord: true)
    }

    /// The first byte inside an assignment's or a bearer token's value that opens a view.
    func viewTrigger(inValueOf hit: Hit) -> Int? {
        guard hit.kind == .assignment || hit.kind == .bearer else { return nil }
        return hit.range.first { opensView(at: $0) }
    }

    /// `07700+900+461` in `tel=07700+900+461`, `IT60+X054` in `iban=IT60+X054+…`: a `+` between
    /// letters or digits, after an `=` with no space between, is the space of a form body. The `=`
    /// is looked for back to the last match (ending at `lastHitEnd`) or a `]` at most, which a
    /// second pass reads in that match's place.
    func plusIsFormSpace(at i: Int, lastHitEnd: Int) -> Bool {
        guard ASCIIByte.isWord(self[i - 1]), ASCIIByte.isWord(self[i + 1]) else { return false }
        var p = i - 1
        let limit = Swift.max(0, i - Self.viewContext)
        while p > limit, p >= lastHitEnd, self[p] != UInt8(ascii: " "), self[p] != UInt8(ascii: "\n"), self[p] != UInt8(ascii: "]") {
            if self[p] == UInt8(ascii: "=") { return true }
            p -= 1
        }
        return false
    }

    /// How many single digits one space apart start at `i`.
    private func spacedDigits(from i: Int) -> Int {
        var count = 0
        var p = i
        while ASCIIByte.isDigit(self[p]), !ASCIIByte.isDigit(self[p + 1]) {
            count += 1
            guard self[p + 1] == UInt8(ascii: " "), count < 7 else { break }
            p += 2
        }
        return count
    }

    /// Scans the folded view around `trigger`, starting no later than `earliest` and no earlier
    /// than `lowest`, and reaching at least `through`. Returns its matches, as input offsets, where
    /// the plain scan resumes, and whether a private key begun in it is still open at the end.
    /// - Parameters:
    ///   - lastHitEnd: where the plain scan's last match ends (at most `lowest`): the view reads
    ///     what follows it as following the match's replacement, as the plain scan does.
    ///   - insidePrivateKey: the view starts in the body of a key begun before `lowest`.
    func scanView(trigger: Int, earliest: Int, through: Int = 0, lowest: Int, lastHitEnd: Int = .min, mask: UInt32,
                  insidePrivateKey: Bool = false) -> (hits: [Hit], resume: Int, privateKeyOpen: Bool) {
        var window = viewWindow(trigger: trigger, earliest: Swift.min(earliest, trigger), through: through, lowest: lowest)
        var view = scanWindow(window, lastHitEnd: lastHitEnd, mask: mask, insidePrivateKey: insidePrivateKey)
        // A match that starts in the window and runs on past it, over the space the window stopped
        // at (the header of `-----BEGIN PRIVATE KEY-----`), is one token once replaced: a second
        // pass's window goes on over what follows it, so this view goes on there too, read after
        // the match (fuzz finding 22: `n=4+1+-----BEGIN PRIVATE KEY-----*04280000+`, whose form view
        // stopped at `BEGIN`).
        while let match = view.hits.last?.range, match.lowerBound < window.upperBound, match.upperBound > window.upperBound,
              let next = windowGoesOn(after: match.upperBound) {
            let matchEnd = match.upperBound
            // A key whose body runs over a line break and stops where a view opens goes on from that
            // line's start as the rest of an open key, as a key found outside a view does and as a
            // stream reads its next line (fuzz finding 40: `%04:-----BEGIN PRIVATE KEY-----\n7\u{200B} `).
            // Where none opens, the key ends there and what follows is read plain, as a stream reads
            // the rest of that line (fuzz finding 41: `\u{FF10}-----BEGIN PRIVATE KEY-----\n9\u{FFFD}secret:2 3 4 5 6 7 8`,
            // whose spaced digits the view read as one value).
            // A key closed by its END marker on a later line ends the view too (fuzz finding 45:
            // `\u{FF24}-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----apikey:7 6 2 3 4 5 6`).
            if let key = view.hits.last, key.kind == .privateKey, let line = lastLineStart(in: match), line > window.upperBound {
                guard !endsWithKeyMarker(match), opensView(at: matchEnd) else { break }
                let rest = keyWithRest(Hit(kind: .privateKey, range: match.lowerBound..<line, anchor: key.anchor, silent: key.silent), stoppingAt: matchEnd, mask: mask)
                return (view.hits.dropLast() + rest.hits, rest.resume, view.privateKeyOpen || rest.privateKeyOpen)
            }
            // A key whose body stopped where a look-alike or an escape opens a view goes on folded,
            // as a key found outside a view does and as a stream's next line goes on with it (fuzz
            // finding 27: `%20:-----BEGIN PRIVATE KEY-----\n\u{200B}7`).
            let insideKey = view.hits.last?.kind == .privateKey && opensView(at: matchEnd) && !endsWithKeyMarker(match)
            window = viewWindow(trigger: next, earliest: matchEnd, through: 0, lowest: matchEnd)
            let more = scanWindow(window, lastHitEnd: matchEnd, mask: mask, insidePrivateKey: insideKey)
            var hits = view.hits
            hits.append(restOfKey: more.hits)
            view = (hits, Swift.max(window.upperBound, hits.last?.range.upperBound ?? 0), view.privateKeyOpen || more.privateKeyOpen)
        }
        return view
    }

    /// Where a window that reached `p` (the end of a match) goes on: the token running on from `p`,
    /// or another trigger on the line within `viewContext` bytes, as `viewWindow` goes on.
    private func windowGoesOn(after p: Int) -> Int? {
        guard p < end else { return nil }
        if !ASCIIByte.isSpace(self[p]) { return p }
        var next = p
        while next < end, next - p < Self.viewContext, self[next] != UInt8(ascii: "\n"), !opensView(at: next) { next += 1 }
        guard next < end, next - p < Self.viewContext, self[next] != UInt8(ascii: "\n") else { return nil }
        return next
    }

    /// `scanView` over one window.
    private func scanWindow(_ window: Range<Int>, lastHitEnd: Int, mask: UInt32, insidePrivateKey: Bool) -> (hits: [Hit], resume: Int, privateKeyOpen: Bool) {
        // Folding never takes away: what the bytes as written match counts too (`ｘpassword=…`
        // keeps its key, a value with a fullwidth space stays whole).
        var open = insidePrivateKey
        let written = ScanBuffer(bytes: bytes, floor: window.lowerBound, stop: window.upperBound, folds: false)
            .scan(mask: mask, privateKeyOpen: &open, afterHitEndingAt: lastHitEnd)
        // The union below replaces those matches whole (`6\u{2009}1` of `passwd=6\u{2009}1 0…`,
        // where the view's own value is `6`), so the view reads what follows one as following its
        // replacement: `0` after `1` starts a number.
        let writtenRanges = written.map(\.range)
        var folded = scanFolded(window, lastHitEnd: lastHitEnd, written: writtenRanges, mask: mask, insidePrivateKey: insidePrivateKey)
        // A match as written that starts or ends inside an escape the view decoded (`%67-25256`,
        // `67-25256` a phone inside `%67`, a `g`) breaks the escape in the output, which a second
        // pass reads as written (`55%[PHONE]`: a number ends at the `%`, not glued to a `g`). Unless
        // a folded match replaces the escape whole, read the view again with those escapes as written:
        // one more scan of the window at most, only where such a match is.
        var cuts: [Int] = []
        if !written.isEmpty {
            cuts = folded.view.straddled(written.flatMap { [$0.range.lowerBound, $0.range.upperBound] })
            var h = 0  // both ascending: one sweep
            let uncovered = cuts.contains { cut in
                while h < folded.hits.count, folded.hits[h].range.upperBound <= cut { h += 1 }
                return h == folded.hits.count || folded.hits[h].range.lowerBound >= cut
            }
            if uncovered {
                folded = scanFolded(window, lastHitEnd: lastHitEnd, written: writtenRanges, mask: mask, insidePrivateKey: insidePrivateKey,
                                    cuts: cuts)
            } else {
                cuts = []
            }
        }
        // A match as written right after a character the view dropped (`03536\u{200B}03126-126`) is
        // replaced in the output, where a second pass reads `03536` ending at its `[`, not running on
        // into its digits. Unless a folded match runs over its start, read the view once more keeping
        // such characters, which end a number or a word as the replacement will (fuzz finding 30).
        let barriers = writtenRanges.map(\.lowerBound).filter { start in
            self[start - 1] >= 0x80 && !folded.hits.contains { $0.range.lowerBound < start && $0.range.upperBound > start }
        }
        if !barriers.isEmpty {
            let again = scanFolded(window, lastHitEnd: lastHitEnd, written: writtenRanges, mask: mask, insidePrivateKey: insidePrivateKey,
                                   cuts: cuts, barriers: barriers)
            folded.hits = Hit.union(folded.hits, again.hits)
        }
        var hits = Hit.union(folded.hits, written)
        // The view's first byte comes after any invisible characters it dropped where the window
        // starts (`\u{200B}::1`); inside a key they are part of it, as in a key read whole (fuzz finding 24).
        if insidePrivateKey, let first = hits.first, first.silent {
            hits[0] = Hit(kind: first.kind, range: window.lowerBound..<first.range.upperBound, silent: true)
        }
        return (hits, Swift.max(window.upperBound, hits.last?.range.upperBound ?? 0), open)
    }

    /// The matches in the folded view of `window` (input offsets) and the view they were read in.
    private func scanFolded(_ window: Range<Int>, lastHitEnd: Int, written: [Range<Int>], mask: UInt32, insidePrivateKey: Bool,
                            cuts: [Int] = [], barriers: [Int] = []) -> (hits: [Hit], view: FoldedView) {
        let first = scanFolded(window, lookahead: Self.viewContext, lastHitEnd: lastHitEnd, written: written, mask: mask,
                               insidePrivateKey: insidePrivateKey, cuts: cuts, barriers: barriers)
        // A match that runs to the end of the lookahead may go on: look again up to the line's end.
        if let last = first.hits.last, last.range.upperBound >= lineEnd(from: window.upperBound, limit: Self.viewContext),
           last.range.upperBound < lineEnd(from: window.upperBound, limit: Self.viewLimit) {
            return scanFolded(window, lookahead: Self.viewLimit, lastHitEnd: lastHitEnd, written: written, mask: mask,
                              insidePrivateKey: insidePrivateKey, cuts: cuts, barriers: barriers)
        }
        return first
    }

    private func scanFolded(_ window: Range<Int>, lookahead: Int, lastHitEnd: Int, written: [Range<Int>], mask: UInt32,
                            insidePrivateKey: Bool, cuts: [Int], barriers: [Int]) -> (hits: [Hit], view: FoldedView) {
        let contextStart = Swift.max(0, window.lowerBound - Self.viewContext)
        let lookaheadEnd = lineEnd(from: window.upperBound, limit: lookahead)
        let view = FoldedView(self, context: contextStart..<window.lowerBound, window: window, lookahead: window.upperBound..<lookaheadEnd,
                              formSpacesAfter: lastHitEnd, cuts: cuts, barriers: barriers)
        let hitEnd = lastHitEnd >= contextStart ? view.index(atSource: lastHitEnd) : .min
        // In stretches, each starting where a match of the bytes as written ends (the union replaces
        // it whole), so what follows one reads as following its replacement: one scan per such match.
        let ends = view.indices(atSources: written.map(\.upperBound))
        let found: [Hit] = view.bytes.withUnsafeBufferPointer { buffer in
            var open = insidePrivateKey
            var hits: [Hit] = []
            var start = view.floor
            var after = hitEnd
            var next = 0
            while start < view.stop {
                let end = next < ends.count ? Swift.min(ends[next], view.stop) : view.stop
                next += 1
                guard end > start else { continue }
                hits += ScanBuffer(bytes: buffer, floor: start, stop: end, folds: false, formSpaces: view.formSpaces)
                    .scan(mask: mask, privateKeyOpen: &open, afterHitEndingAt: after)
                after = Swift.max(end, hits.last?.range.upperBound ?? end)
                start = after
            }
            return hits
        }
        return (found.map { Hit(kind: $0.kind, range: view.source(of: $0.range), anchor: view.sourceStart(of: $0.anchor), silent: $0.silent) }, view)
    }

    /// Where the line holding `p` ends, looking at most `limit` bytes ahead.
    private func lineEnd(from p: Int, limit: Int) -> Int {
        var q = p
        let stop = Swift.min(end, p + limit)
        while q < stop, self[q] != UInt8(ascii: "\n") { q += 1 }
        return q
    }

    /// The window of a view: back from `earliest` to the line start (at most `viewReach` bytes, never
    /// below `lowest`), forward over the token holding `trigger` and on while another trigger
    /// follows on the line within `viewContext` bytes, and at least to `through`.
    private func viewWindow(trigger: Int, earliest: Int, through: Int, lowest: Int) -> Range<Int> {
        var start = earliest
        let reach = Swift.max(lowest, earliest - Self.viewReach)
        // Nor back over a `]`, the end of every replacement: the first pass reached no further back
        // than the match it replaced (`lowest`), so a second pass reads the same window (fuzz
        // findings 15 and 16: a form view reading `+211+0123` before `+[IP]=3+6` as a phone).
        while start > reach, self[start - 1] != UInt8(ascii: "\n"), self[start - 1] != UInt8(ascii: "]") { start -= 1 }
        while start > lowest, self[start] & 0xC0 == 0x80 { start -= 1 }  // not inside a character
        var stop = trigger
        let limit = Swift.min(end, Swift.max(start + Self.viewLimit, through))
        while stop < limit {
            stop += 1
            // The token, taking single spaces between digits along (a number in groups).
            while stop < limit, !ASCIIByte.isSpace(self[stop])
                || (self[stop] == UInt8(ascii: " ") && ASCIIByte.isDigit(self[stop - 1]) && ASCIIByte.isDigit(self[stop + 1])) { stop += 1 }
            var next = stop
            while next < limit, next - stop < Self.viewContext, self[next] != UInt8(ascii: "\n"), !opensView(at: next) { next += 1 }
            guard next < limit, next - stop < Self.viewContext, self[next] != UInt8(ascii: "\n") else { break }
            stop = next
        }
        stop = Swift.max(stop, through)
        while stop < end, stop > start, self[stop] & 0xC0 == 0x80 { stop += 1 }  // not inside a character
        return start..<stop
    }
}

extension ASCIIByte {
    /// Non-word bytes that may open a view: a lead byte of a multi-byte character, `%`, `\`, `+`.
    @inline(__always) static func mayOpenView(_ b: UInt8) -> Bool {
        b >= 0xC0 || b == UInt8(ascii: "%") || b == UInt8(ascii: "\\") || b == UInt8(ascii: "+")
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
    }
}
