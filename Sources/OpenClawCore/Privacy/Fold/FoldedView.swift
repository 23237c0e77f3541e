/// A stretch of the input as the detectors should read it: look-alike characters folded to ASCII,
/// invisible ones dropped, `%XX` and `\uXXXX` decoded, digits written one space apart joined. Each
/// byte remembers the input bytes it came from, so a match found here replaces the original span,
/// invisible characters and escapes included.
///
/// Built from three parts of the input: `context` (read by detectors, never matched), the window
/// (where matches start) and `lookahead` (a match may run into it). At a `cut` (an input offset
/// where a match of the bytes as written starts or ends) no escape or character is decoded across:
/// the one holding it reads as written, as it will once the match is replaced.
struct FoldedView {
    private(set) var bytes: [UInt8] = []
    /// For each byte, where its source starts and ends in the input.
    private(set) var sourceStarts: [Int] = []
    private(set) var sourceEnds: [Int] = []
    /// Where the window starts and ends in `bytes`.
    private(set) var floor = 0
    private(set) var stop = 0
    /// The `+` bytes that stand for spaces.
    private(set) var formSpaces = FormSpaces.none

    /// Input offsets (ascending) that no folded unit may straddle.
    private let cuts: [Int]
    /// Input offsets (ascending) where a match of the bytes as written starts: an invisible
    /// character right before one is kept, not dropped, since a second pass reads the match's
    /// replacement there, which no number or word runs on into (fuzz finding 30).
    private let barriers: [Int]

    /// - Parameter formSpacesAfter: where the scan's last match ends, for finding the `+` bytes
    ///   that are form spaces (`ScanBuffer.plusIsFormSpace`); nil reads every `+` as written.
    init(_ input: ScanBuffer, context: Range<Int>, window: Range<Int>, lookahead: Range<Int>, formSpacesAfter lastHitEnd: Int? = nil,
         cuts: [Int] = [], barriers: [Int] = []) {
        self.cuts = cuts
        self.barriers = barriers
        let capacity = lookahead.upperBound - context.lowerBound
        bytes.reserveCapacity(capacity)
        sourceStarts.reserveCapacity(capacity)
        sourceEnds.reserveCapacity(capacity)
        fold(input, context)
        floor = bytes.count
        fold(input, window)
        stop = bytes.count
        fold(input, lookahead)
        joinSpacedDigits()
        if let lastHitEnd { formSpaces = formSpaces(in: input, lastHitEnd: lastHitEnd) }
    }

    /// Each `+` written as itself (a decoded `%2B` is a plus) whose own test says it is a form
    /// space: a `+` is a space only where an `=` comes before it, not because another in the view
    /// is, nor because the view decoded a `%XX` (fuzz findings 51 and 52: an `=` at one end of a
    /// chain of views made every `+` along it a space, 90 bytes away, and each pass, replacing a
    /// link of the chain, read a shorter chain anew).
    private func formSpaces(in input: ScanBuffer, lastHitEnd: Int) -> FormSpaces {
        var offsets: [Int] = []
        for k in bytes.indices where bytes[k] == UInt8(ascii: "+") && sourceEnds[k] - sourceStarts[k] == 1
            && input.plusIsFormSpace(at: sourceStarts[k], lastHitEnd: lastHitEnd) {
            offsets.append(k)
        }
        return FormSpaces(offsets)
    }

    /// The input range behind `range` of the view.
    func source(of range: Range<Int>) -> Range<Int> {
        sourceStarts[range.lowerBound]..<sourceEnds[range.upperBound - 1]
    }

    /// The first view offset whose source starts at or after input offset `source`.
    func index(atSource source: Int) -> Int {
        sourceStarts.firstIndex { $0 >= source } ?? sourceStarts.count
    }

    /// `index(atSource:)` of each of `sources` (ascending), in one sweep.
    func indices(atSources sources: [Int]) -> [Int] {
        var k = 0
        return sources.map { source in
            while k < sourceStarts.count, sourceStarts[k] < source { k += 1 }
            return k
        }
    }

    /// The input offset behind view offset `index`.
    func sourceStart(of index: Int) -> Int {
        index < sourceStarts.count ? sourceStarts[index] : sourceEnds[sourceEnds.count - 1]
    }

    private mutating func fold(_ input: ScanBuffer, _ range: Range<Int>) {
        var p = range.lowerBound
        while p < range.upperBound {
            let byte = input[p]
            if byte == UInt8(ascii: "%"), let (decoded, length) = input.percentEncodedByte(at: p), isWhole(p..<(p + length)) {
                if decoded < 0x80 {
                    append(decoded, from: p, to: p + length)
                    p += length
                    continue
                }
                if let (scalar, length) = input.percentEncodedScalar(at: p), isWhole(p..<(p + length)) {
                    append(scalar, from: p, to: p + length, input)
                    p += length
                    continue
                }
            } else if byte == UInt8(ascii: "\\"), let (scalar, length) = input.jsonEscapedScalar(at: p), isWhole(p..<(p + length)) {
                append(scalar, from: p, to: p + length, input)
                p += length
                continue
            } else if byte >= 0x80, let (scalar, length) = input.scalar(at: p) {
                append(scalar, from: p, to: p + length, input)
                p += length
                continue
            }
            append(byte, from: p, to: p + 1)
            p += 1
        }
    }

    /// No cut falls inside `unit` (a multi-byte escape about to be decoded).
    @inline(__always) private func isWhole(_ unit: Range<Int>) -> Bool {
        cuts.isEmpty || !cuts.contains { $0 > unit.lowerBound && $0 < unit.upperBound }
    }

    /// The input offsets in `bounds` (ascending) that fall strictly inside the source of one byte
    /// of the view (an escape, a character), in one sweep.
    func straddled(_ bounds: [Int]) -> [Int] {
        var inside: [Int] = []
        var k = 0
        for bound in bounds {
            while k < sourceEnds.count, sourceEnds[k] <= bound { k += 1 }
            guard k < sourceEnds.count else { break }
            if sourceStarts[k] < bound { inside.append(bound) }
        }
        return inside
    }

    private mutating func append(_ byte: UInt8, from start: Int, to end: Int) {
        bytes.append(byte)
        sourceStarts.append(start)
        sourceEnds.append(end)
    }

    private mutating func append(_ scalar: Unicode.Scalar, from start: Int, to end: Int, _ input: ScanBuffer) {
        switch FoldedScalar(scalar) {
        case .skipped:
            if !barriers.isEmpty, barriers.contains(end) {
                for unit in UTF8.encode(scalar)! { append(unit, from: start, to: end) }
            }
        case .ascii(let byte):
            append(byte, from: start, to: end)
        case .same:
            for unit in UTF8.encode(scalar)! { append(unit, from: start, to: end) }
        }
    }

    /// `4 1 1 1 1 1 1 1 …`, `+ 4 4 7 7 …`: seven or more single digits one space apart become one
    /// number. Shorter runs (`1 2 3`, scores, counts) stay as they are.
    private mutating func joinSpacedDigits() {
        var drop: [Int] = []
        var k = 0
        while k < bytes.count {
            guard ASCIIByte.isDigit(bytes[k]), k == 0 || !ASCIIByte.isWord(bytes[k - 1]) else { k += 1; continue }
            var digits = 1
            var q = k
            while q + 2 < bytes.count, bytes[q + 1] == UInt8(ascii: " "), ASCIIByte.isDigit(bytes[q + 2]),
                  q + 3 >= bytes.count || !ASCIIByte.isDigit(bytes[q + 3]) {
                digits += 1
                q += 2
            }
            guard digits >= 7, q + 1 >= bytes.count || !ASCIIByte.isDigit(bytes[q + 1]) else { k = q + 1; continue }
            if k >= 2, bytes[k - 1] == UInt8(ascii: " "), bytes[k - 2] == UInt8(ascii: "+") { drop.append(k - 1) }
            drop.append(contentsOf: stride(from: k + 1, to: q, by: 2))
            k = q + 1
        }
        guard !drop.isEmpty else { return }
        var kept = 0
        var next = 0
        let (oldFloor, oldStop) = (floor, stop)
        for index in bytes.indices {
            if next < drop.count, drop[next] == index {
                next += 1
                if index < oldFloor { floor -= 1 }
                if index < oldStop { stop -= 1 }
                continue
            }
            bytes[kept] = bytes[index]
            sourceStarts[kept] = sourceStarts[index]
            sourceEnds[kept] = sourceEnds[index]
            kept += 1
        }
        bytes.removeLast(bytes.count - kept)
        sourceStarts.removeLast(sourceStarts.count - kept)
        sourceEnds.removeLast(sourceEnds.count - kept)
    }
}
