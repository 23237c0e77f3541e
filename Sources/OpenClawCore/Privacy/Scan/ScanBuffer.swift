/// The bytes a scan looks at. Bytes before `floor` were already written out: detectors may read
/// them as context (a word boundary, `/bot`) but never start a match there. Matches start before
/// `stop`; bytes from there on are lookahead a match may run into.
struct ScanBuffer {
    let bytes: UnsafeBufferPointer<UInt8>
    let floor: Int
    let stop: Int
    /// The input as written, where look-alikes and encodings send the scan to a folded view;
    /// false inside such a view, which is already folded.
    let folds: Bool
    /// Where `+` is an encoded space, as in a form body (`a=1+2&b=3`), so it separates digit groups.
    let formSpaces: FormSpaces

    init(bytes: UnsafeBufferPointer<UInt8>, floor: Int, stop: Int? = nil, folds: Bool = true, formSpaces: FormSpaces = .none) {
        self.bytes = bytes
        self.floor = floor
        self.stop = stop ?? bytes.count
        self.folds = folds
        self.formSpaces = formSpaces
    }

    var end: Int { bytes.count }

    /// The byte at `i`, or 0 outside the buffer, so boundary checks need no range tests.
    @inline(__always) subscript(_ i: Int) -> UInt8 {
        i >= 0 && i < bytes.count ? bytes[i] : 0
    }

    /// The byte at `i` is a `+` that stands for a space.
    @inline(__always) func isFormSpace(_ i: Int) -> Bool {
        self[i] == UInt8(ascii: "+") && formSpaces.contains(i)
    }

    /// Whether `literal` (ASCII) starts at `i`.
    @inline(__always) func has(_ literal: StaticString, at i: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i >= 0, i + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for k in 0..<count where bytes[i + k] != start[k] { return false }
        return true
    }

    /// Whether `literal` (lowercase ASCII) starts at `i`, ignoring the case of the input.
    @inline(__always) func hasIgnoringCase(_ literal: StaticString, at i: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i >= 0, i + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for k in 0..<count where ASCIIByte.lower(bytes[i + k]) != start[k] { return false }
        return true
    }

    /// The end of the run of bytes from `i` that satisfy `accept`, looking at most `limit` bytes.
    @inline(__always) func run(from i: Int, limit: Int = .max, _ accept: (UInt8) -> Bool) -> Int {
        let stop = limit >= bytes.count - i ? bytes.count : i + limit
        var p = i
        while p < stop, accept(bytes[p]) { p += 1 }
        return p
    }

    /// The end of the run of digits from `i`, looking at most `limit` bytes.
    @inline(__always) func digits(from i: Int, limit: Int = .max) -> Int {
        run(from: i, limit: limit, ASCIIByte.isDigit)
    }

    /// A number may start after `before`: it is not part of a word, a decimal or a version.
    @inline(__always) func numberMayStart(after before: UInt8) -> Bool {
        !ASCIIByte.isWord(before) && before != UInt8(ascii: ".")
    }

    /// A number ends at `i`: no letter or digit follows, nor `.`/`-` with a digit after.
    @inline(__always) func numberEnds(at i: Int) -> Bool {
        let next = self[i]
        if ASCIIByte.isWord(next) { return false }
        if next == UInt8(ascii: ".") || next == UInt8(ascii: "-") { return !ASCIIByte.isDigit(self[i + 1]) }
        return true
    }
}
