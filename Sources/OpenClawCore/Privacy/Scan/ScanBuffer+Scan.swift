/// One match in a scan. `anchor` is where the detector started (before `range` when a key such
/// as `password=` is kept); `silent` marks the tail of a private key begun in an earlier chunk,
/// whose replacement was already written.
struct Hit {
    var kind: RedactionKind
    var range: Range<Int>
    var anchor: Int
    var silent = false

    init(kind: RedactionKind, range: Range<Int>, anchor: Int? = nil, silent: Bool = false) {
        self.kind = kind
        self.range = range
        self.anchor = Swift.min(anchor ?? range.lowerBound, range.lowerBound)
        self.silent = silent
    }
}

extension [Hit] {
    /// Appends `rest`, the matches of a view read inside the key that ends this list: its silent
    /// first match, the key's rest, extends that key instead of standing as a match of its own.
    mutating func append(restOfKey rest: [Hit]) {
        for hit in rest {
            if hit.silent, let last = self.last {
                self[count - 1].range = last.range.lowerBound..<Swift.max(last.range.upperBound, hit.range.upperBound)
            } else {
                append(hit)
            }
        }
    }
}

extension Hit {
    /// The matches of two scans of the same stretch as one ordered list without overlaps: where
    /// matches overlap, one match over both, named after the longer, or after a private key it
    /// holds: a key's length depends on whether its next line is read with it, a stream reading
    /// it without (fuzz finding 44: `%40token=':-----BEGIN PRIVATE KEY-----\n0`).
    static func union(_ first: [Hit], _ second: [Hit]) -> [Hit] {
        var merged: [Hit] = []
        for hit in (first + second).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard let last = merged.last, hit.range.lowerBound < last.range.upperBound else {
                merged.append(hit)
                continue
            }
            let kind = last.kind == .privateKey || hit.kind == .privateKey ? .privateKey : hit.range.count > last.range.count ? hit.kind : last.kind
            // A silent match starts at the scan's floor, so what it merges with is the same key's rest.
            merged[merged.count - 1] = Hit(kind: kind, range: last.range.lowerBound..<Swift.max(last.range.upperBound, hit.range.upperBound),
                                           anchor: Swift.min(last.anchor, hit.anchor), silent: last.silent || hit.silent)
        }
        return merged
    }
}

extension ScanBuffer {
    /// Every match from `floor` on, in order and without overlaps, in one pass. Each position costs
    /// a byte test; only at a word start or a trigger byte does a detector look further, and each
    /// detector reads a bounded window or consumes what it reads, so the scan is linear.
    /// - Parameters:
    ///   - privateKeyOpen: on entry, the buffer continues a key body; on exit, it ends inside one.
    ///   - hitEnd: where a match found before `floor` ends (a folded view's scan after one).
    func scan(mask: UInt32, privateKeyOpen: inout Bool, afterHitEndingAt hitEnd: Int = .min) -> [Hit] {
        var views: [Range<Int>]? = nil
        return scan(mask: mask, privateKeyOpen: &privateKeyOpen, afterHitEndingAt: hitEnd, views: &views)
    }

    /// `scan`, also listing in `views` (when not nil) the stretch each folded view read, from the
    /// earliest its window can start (`viewReach` before where it opened) to where the scan resumed.
    func scan(mask: UInt32, privateKeyOpen: inout Bool, afterHitEndingAt hitEnd: Int = .min, views: inout [Range<Int>]?) -> [Hit] {
        var hits: [Hit] = []
        var i = floor
        // Where the last match ended: a digit inside a match does not make the number after it
        // the tail of a longer one, since the match is replaced (so redacting twice finds nothing new).
        var lastHitEnd = hitEnd
        if privateKeyOpen {
            let rest = restOfPrivateKey(mask: mask, privateKeyOpen: &privateKeyOpen)
            views?.append(floor..<rest.resume)  // read in a view when the body stops where one opens
            hits = rest.hits
            lastHitEnd = hits.last?.range.upperBound ?? lastHitEnd
            i = rest.resume
        }
        var lowest = i
        var previousIsWord = wordBefore(i, lastHitEnd: lastHitEnd)
        let count = stop
        while i < count {
            let b = bytes[i]
            let isWord = ASCIIByte.isWord(b)
            // Look-alikes, escapes, a form body's `+`, digits one space apart: a few byte tests
            // here; the view is built only where one of them holds.
            if folds, isWord ? !previousIsWord && ASCIIByte.isDigit(b) && self[i + 1] == UInt8(ascii: " ") : ASCIIByte.mayOpenView(b) {
                if opensView(at: i, byte: b, previousIsWord: previousIsWord, lastHitEnd: lastHitEnd) {
                    let view = scanView(trigger: i, earliest: i, lowest: lowest, lastHitEnd: lastHitEnd, mask: mask)
                    views?.append(Swift.max(lowest, i - Self.viewReach)..<view.resume)
                    append(view.hits, to: &hits, lastHitEnd: lastHitEnd, mask: mask)
                    lastHitEnd = view.hits.last?.range.upperBound ?? lastHitEnd
                    // A key header in the view whose body runs to the end: the next chunk continues it.
                    if view.privateKeyOpen { privateKeyOpen = true }
                    lowest = view.resume
                    i = view.resume
                    previousIsWord = wordBefore(i, lastHitEnd: lastHitEnd)
                    continue
                }
            }
            var found: Hit? = nil
            if b == UInt8(ascii: "@") {
                found = mask & RedactionKind.email.bit != 0 ? email(at: i, lowest: lowest).map { Hit(kind: .email, range: $0) } : nil
            } else if previousIsWord {
                if ASCIIByte.isDigit(b), mask & RedactionKind.telegram.bit != 0, followsBot(i), !ASCIIByte.isDigit(self[i - 1]) {
                    found = telegramToken(at: i).map { Hit(kind: .telegram, range: $0) }
                }
            } else if isWord || ASCIIByte.isTrigger(b) {
                found = hit(at: i, byte: b, lowest: lowest, lastHitEnd: lastHitEnd, mask: mask, privateKeyOpen: &privateKeyOpen)
            }
            if let found {
                // A match that stops at a look-alike or an escape may go on past it, and a value
                // taken whole may hide a known key: scan it folded. A key that ran over a line
                // break goes on from that line's start.
                var view: (hits: [Hit], resume: Int, privateKeyOpen: Bool)? = nil
                if folds, found.kind == .privateKey, opensView(at: found.range.upperBound), let line = lastLineStart(in: found.range) {
                    view = keyWithRest(Hit(kind: .privateKey, range: found.range.lowerBound..<line, anchor: found.anchor), stoppingAt: found.range.upperBound, mask: mask)
                } else if folds, let trigger = opensView(at: found.range.upperBound) ? found.range.upperBound : viewTrigger(inValueOf: found) {
                    view = scanView(trigger: trigger, earliest: found.anchor, through: found.range.upperBound, lowest: lowest, lastHitEnd: lastHitEnd,
                                    mask: mask)
                }
                if let view {
                    views?.append(Swift.max(lowest, found.anchor - Self.viewReach)..<view.resume)
                    append(view.hits, to: &hits, lastHitEnd: lastHitEnd, mask: mask)
                    lastHitEnd = view.hits.last?.range.upperBound ?? lastHitEnd
                    // A key header in the view whose body runs to the end: the next chunk continues it.
                    if view.privateKeyOpen { privateKeyOpen = true }
                    lowest = view.resume
                    i = view.resume
                    previousIsWord = wordBefore(i, lastHitEnd: lastHitEnd)
                    continue
                }
                append([found], to: &hits, lastHitEnd: lastHitEnd, mask: mask)
                lastHitEnd = found.range.upperBound
                lowest = found.range.upperBound
                i = Swift.max(lowest, i + 1)
                previousIsWord = wordBefore(i, lastHitEnd: lastHitEnd)
            } else {
                previousIsWord = isWord
                i += 1
            }
        }
        return hits
    }

    /// Appends `found` (in order, after every hit so far) to `hits`, and before it the Telegram
    /// tokens whose bodies run on exactly into its start (fuzz finding 14): in the output they end
    /// at its replacement's `[`, so a second pass would take them. Each token taken is asked about
    /// in turn, back to the last match; each step reads at most 52 bytes and moves back at least 41.
    private func append(_ found: [Hit], to hits: inout [Hit], lastHitEnd: Int, mask: UInt32) {
        guard mask & RedactionKind.telegram.bit != 0, var start = found.first?.range.lowerBound else {
            hits.append(contentsOf: found)
            return
        }
        var tokens: [Hit] = []
        while let token = telegramToken(runningInto: start, notBefore: Swift.max(floor, lastHitEnd), lastHitEnd: lastHitEnd) {
            tokens.append(Hit(kind: .telegram, range: token))
            start = token.lowerBound
        }
        hits.append(contentsOf: tokens.reversed())
        hits.append(contentsOf: found)
    }

    /// The body of a key begun before `floor`, read as a match found here is: one that stops at a
    /// look-alike or an escape goes on in a folded view, as it does when the view starts at the
    /// key's header. Returns the matches (the key's part silent: its replacement was written),
    /// where the scan resumes, and sets whether a key is still open at the end.
    private func restOfPrivateKey(mask: UInt32, privateKeyOpen: inout Bool) -> (hits: [Hit], resume: Int) {
        let body = privateKeyBody(from: floor)
        privateKeyOpen = body.open
        // A body that stops at once may still go on in a folded view (a no-break space first).
        guard folds, opensView(at: body.end) else {
            guard body.end > floor else { return ([], floor) }
            return ([Hit(kind: .privateKey, range: floor..<body.end, silent: true)], body.end)
        }
        if let line = lastLineStart(in: floor..<body.end) {
            let rest = keyWithRest(Hit(kind: .privateKey, range: floor..<line, silent: true), stoppingAt: body.end, mask: mask)
            if rest.privateKeyOpen { privateKeyOpen = true }
            return (rest.hits, rest.resume)
        }
        let view = scanView(trigger: body.end, earliest: floor, through: body.end, lowest: floor, mask: mask, insidePrivateKey: true)
        if view.privateKeyOpen { privateKeyOpen = true }
        return (view.hits, view.resume)
    }

    /// A key whose body as written runs over a line break and stops where a view opens (at `stop`)
    /// goes on from the start of that last line (where `key` ends) as the rest of an open key, read
    /// folded: as a stream reads it whose chunk ended at the line break (fuzz finding 31:
    /// `…KEY-----\\u0AAA\n%20`, whose view from the header decoded `\u0AAA` to a letter no body
    /// holds and left `%20`). The rest is taken into `key`.
    func keyWithRest(_ key: Hit, stoppingAt stop: Int, mask: UInt32) -> (hits: [Hit], resume: Int, privateKeyOpen: Bool) {
        let line = key.range.upperBound
        let view = scanView(trigger: stop, earliest: line, through: stop, lowest: line, lastHitEnd: line, mask: mask, insidePrivateKey: true)
        var hits = [key]
        hits.append(restOfKey: view.hits)
        return (hits, Swift.max(view.resume, hits.last?.range.upperBound ?? line), view.privateKeyOpen)
    }

    /// Where the last line inside `range` starts, if the range runs over a line break, its first
    /// byte included: the rest of a key may start a piece with an empty line (fuzz finding 50).
    func lastLineStart(in range: Range<Int>) -> Int? {
        var p = range.upperBound
        while p > range.lowerBound {
            if self[p - 1] == UInt8(ascii: "\n") { return p }
            p -= 1
        }
        return nil
    }

    /// Whether the byte before `i` is part of a word, reading a match that ends at `i` as its
    /// replacement (`[PHONE]` ends in `]`): a second pass over the output then sees what this one saw.
    @inline(__always) private func wordBefore(_ i: Int, lastHitEnd: Int) -> Bool {
        i == lastHitEnd ? false : ASCIIByte.isWord(self[i - 1])
    }

    /// The byte before `i` as the output reads it: a match that ends at `i` reads as its
    /// replacement's last byte, `]` (fuzz finding 20: `3.1.2.3%302.2.2.2`, where the view reads
    /// the escaped `0` right after the address `3.1.2.3` as written).
    @inline(__always) private func byteBefore(_ i: Int, lastHitEnd: Int) -> UInt8 {
        i == lastHitEnd ? UInt8(ascii: "]") : self[i - 1]
    }

    /// The detectors that may start at `i`, which follows a non-word byte.
    private func hit(at i: Int, byte b: UInt8, lowest: Int, lastHitEnd: Int, mask: UInt32, privateKeyOpen: inout Bool) -> Hit? {
        if ASCIIByte.isDigit(b) { return number(at: i, lastHitEnd: lastHitEnd, mask: mask) }
        let before = byteBefore(i, lastHitEnd: lastHitEnd)
        switch b {
        case UInt8(ascii: "+"), UInt8(ascii: "("):
            guard mask & RedactionKind.phone.bit != 0, before != UInt8(ascii: "+") else { return nil }
            return phone(at: i, afterHitEndingAt: lastHitEnd).map { Hit(kind: .phone, range: $0) }
        case UInt8(ascii: ":"):
            guard mask & RedactionKind.ip.bit != 0, before != UInt8(ascii: ":"), before != UInt8(ascii: ".") else { return nil }
            return ipv6(at: i).map { Hit(kind: .ip, range: $0) }
        case UInt8(ascii: "-"):
            guard mask & RedactionKind.privateKey.bit != 0, let key = privateKey(at: i) else { return nil }
            if key.open { privateKeyOpen = true }
            return Hit(kind: .privateKey, range: key.range)
        default:
            return word(at: i, byte: b, before: before, mask: mask)
        }
    }

    private func word(at i: Int, byte b: UInt8, before: UInt8, mask: UInt32) -> Hit? {
        if let (kind, range) = vendorKey(at: i, enabled: mask) { return Hit(kind: kind, range: range) }
        if b == UInt8(ascii: "e"), mask & RedactionKind.jwt.bit != 0, let range = jwt(at: i) { return Hit(kind: .jwt, range: range) }
        if b | 0x20 == UInt8(ascii: "b"), mask & RedactionKind.bearer.bit != 0, let range = bearerToken(at: i) {
            return Hit(kind: .bearer, range: range, anchor: i)
        }
        if mask & RedactionKind.assignment.bit != 0, before != UInt8(ascii: "["), let range = assignmentValue(at: i) {
            // `ANTHROPIC_API_KEY=sk-ant-…`: a value that is a known key is named as that key.
            if let (kind, key) = vendorKey(at: range.lowerBound, enabled: mask), key == range { return Hit(kind: kind, range: key, anchor: i) }
            return Hit(kind: .assignment, range: range, anchor: i)
        }
        if ASCIIByte.isDigit(self[i + 2]), ASCIIByte.isAlpha(b), mask & RedactionKind.iban.bit != 0, let range = iban(at: i) { return Hit(kind: .iban, range: range) }
        if ASCIIByte.isHex(b), mask & RedactionKind.ip.bit != 0, self[run(from: i, limit: 4, ASCIIByte.isHex)] == UInt8(ascii: ":"),
           before != UInt8(ascii: ":"), before != UInt8(ascii: "."), let range = ipv6(at: i) {
            return Hit(kind: .ip, range: range)
        }
        return nil
    }

    /// Numbers: a cheap look at the digit run and the byte after it picks the detectors worth running.
    private func number(at i: Int, lastHitEnd: Int, mask: UInt32) -> Hit? {
        let runEnd = digits(from: i, limit: 20)
        let length = runEnd - i
        let next = self[runEnd]
        if length >= 5, length <= 16, next == UInt8(ascii: ":"), mask & RedactionKind.telegram.bit != 0, let range = telegramToken(at: i) {
            return Hit(kind: .telegram, range: range)
        }
        let before = byteBefore(i, lastHitEnd: lastHitEnd)
        guard numberMayStart(after: before) else { return nil }
        let separator = next == UInt8(ascii: " ") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".") || isFormSpace(runEnd)
        if length == 3, separator, mask & RedactionKind.usSSN.bit != 0, let range = usSSN(at: i) { return Hit(kind: .usSSN, range: range) }
        if length <= 3, next == UInt8(ascii: "."), mask & RedactionKind.ip.bit != 0, let range = ipv4(at: i), !numberContext(before: i, afterHitEndingAt: lastHitEnd).version {
            let start = ipv6Start(endingAt: i, lastHitEnd: lastHitEnd) ?? i
            return Hit(kind: .ip, range: start..<range.upperBound)
        }
        if length >= 3, mask & RedactionKind.creditCard.bit != 0, let range = creditCard(at: i) { return Hit(kind: .creditCard, range: range) }
        if length <= 4, next == UInt8(ascii: ":") || ASCIIByte.isHex(next), mask & RedactionKind.ip.bit != 0, !continuesGroups(before: i, lastHitEnd: lastHitEnd),
           let range = ipv6(at: i) {
            return Hit(kind: .ip, range: range)
        }
        // `"id":12345` and `12:30` are not phones; `Tel:030 1234567` is.
        let afterColon = before == UInt8(ascii: ":") && next != UInt8(ascii: ":") && self[i] == UInt8(ascii: "0")
        // Grouped, or run together at a length some numbering plan uses.
        let phoneShaped = separator || next == UInt8(ascii: "(") || next == UInt8(ascii: ")") || next == UInt8(ascii: "/")
            || (length >= 9 && numberEnds(at: runEnd))
        if length <= 15, phoneShaped, mask & RedactionKind.phone.bit != 0,
           before != UInt8(ascii: ":") || afterColon, before != UInt8(ascii: "/"), before != UInt8(ascii: "-"), before != UInt8(ascii: "_"), before != UInt8(ascii: "+"),
           let range = phone(at: i, afterHitEndingAt: lastHitEnd) {
            return Hit(kind: .phone, range: range)
        }
        return nil
    }

    /// Whether `i` follows a colon that ends a group or a `::` (`0::5::`): an address taken from
    /// there would leave the run's start to read as one (`0::`) once the rest is replaced. A match
    /// that ends at the colon reads as its replacement (`[PHONE]:9::`), which ends no group.
    /// Characters are read as a view folds them: `8:\u{200B}:3::` is `8::3::` (fuzz finding 32,
    /// where `3::` alone was replaced and a second pass read `8::` before `[IP]`).
    @inline(__always) func continuesGroups(before i: Int, lastHitEnd: Int) -> Bool {
        let colon = self[i - 1]
        if colon == UInt8(ascii: ":") {
            guard i - 1 != lastHitEnd else { return false }
            let previous = self[i - 2]
            if previous == UInt8(ascii: ":") || ASCIIByte.isHex(previous) { return true }
            if previous < 0x80 { return false }
        } else if colon < 0x80 {
            return false
        }
        return continuesGroupsFolded(before: i, lastHitEnd: lastHitEnd)
    }

    private func continuesGroupsFolded(before i: Int, lastHitEnd: Int) -> Bool {
        let colon = foldedCharacter(before: i, lastHitEnd: lastHitEnd)
        guard colon.byte == UInt8(ascii: ":"), colon.start != lastHitEnd else { return false }
        let previous = foldedCharacter(before: colon.start, lastHitEnd: lastHitEnd).byte
        return previous == UInt8(ascii: ":") || ASCIIByte.isHex(previous)
    }
}

extension ASCIIByte {
    /// Non-word bytes at which a match may start.
    @inline(__always) static func isTrigger(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "@") || b == UInt8(ascii: "+") || b == UInt8(ascii: "(") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
    }
}
