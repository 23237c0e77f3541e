extension ScanBuffer {
    /// The value in `password=…`, `"secret": "…"`, `api_key: …`, `token=…` at `i` (the key is kept).
    /// A value starting with `[` is taken as already redacted, so redacting twice changes nothing.
    /// In a quoted value the bytes are taken up to the closing quote or the end of the line.
    func assignmentValue(at i: Int) -> Range<Int>? {
        guard let keyEnd = assignmentKeyEnd(at: i) else { return nil }
        var p = keyEnd
        if self[p] == UInt8(ascii: "\\") && self[p + 1] == UInt8(ascii: "\"") { p += 2 }
        else if self[p] == UInt8(ascii: "\"") || self[p] == UInt8(ascii: "'") { p += 1 }
        p = run(from: p, limit: 4) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        // `==` and `::` are comparisons and paths, not assignments.
        guard self[p] == UInt8(ascii: "=") || self[p] == UInt8(ascii: ":"), self[p + 1] != self[p] else { return nil }
        p = run(from: p + 1, limit: 4) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }

        let start: Int
        let stop: Int
        if self[p] == UInt8(ascii: "\\") && self[p + 1] == UInt8(ascii: "\"") {
            start = p + 2
            var q = start
            while q < end, !(self[q] == UInt8(ascii: "\\") && self[q + 1] == UInt8(ascii: "\"")), self[q] != UInt8(ascii: "\n") { q += 1 }
            stop = q
        } else if self[p] == UInt8(ascii: "\"") || self[p] == UInt8(ascii: "'") {
            let quote = self[p]
            start = p + 1
            var q = start
            // A backslash escapes the next byte, but not a line break: the value ends with its line,
            // as a stream reads it (fuzz finding 43: `secret:'\\` and a line break).
            while q < end, self[q] != quote, self[q] != UInt8(ascii: "\n") {
                q += self[q] == UInt8(ascii: "\\") && q + 1 < end && self[q + 1] != UInt8(ascii: "\n") ? 2 : 1
            }
            stop = Swift.min(q, end)
        } else {
            start = p
            stop = run(from: p) { !ASCIIByte.endsBareValue($0) }
        }
        // `[` is an earlier replacement; `{` and `(` open a structure, not a value.
        guard stop > start, self[start] != UInt8(ascii: "["), self[start] != UInt8(ascii: "{"), self[start] != UInt8(ascii: "(") else { return nil }
        return start..<stop
    }

    /// Keys are whole words; `_`/`-` may join them to a prefix (`DB_PASSWORD`, `x-api-key`).
    private func assignmentKeyEnd(at i: Int) -> Int? {
        // Most words start with these letters; the first three bytes rule them out before any list.
        let keys: [StaticString]
        switch (ASCIIByte.lower(self[i]), ASCIIByte.lower(self[i + 1]), ASCIIByte.lower(self[i + 2])) {
        case (UInt8(ascii: "p"), UInt8(ascii: "a"), UInt8(ascii: "s")), (UInt8(ascii: "p"), UInt8(ascii: "w"), UInt8(ascii: "d")),
             (UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "i")):
            keys = AssignmentKeys.p
        case (UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "c")): keys = AssignmentKeys.s
        case (UInt8(ascii: "t"), UInt8(ascii: "o"), UInt8(ascii: "k")): keys = AssignmentKeys.t
        case (UInt8(ascii: "a"), UInt8(ascii: "p"), UInt8(ascii: "i")), (UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "c")):
            keys = AssignmentKeys.a
        default: return nil
        }
        for key in keys where hasIgnoringCase(key, at: i) {
            let keyEnd = i + key.utf8CodeUnitCount
            let next = self[keyEnd]
            if ASCIIByte.isWord(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: "-") { continue }
            return keyEnd
        }
        return nil
    }
}

/// Key words of secret assignments by first letter, longest first.
enum AssignmentKeys {
    static let p: [StaticString] = ["password", "passwd", "pwd", "private_key"]
    static let s: [StaticString] = ["secret_key", "secret"]
    static let t: [StaticString] = ["token"]
    static let a: [StaticString] = ["api_key", "api-key", "apikey", "access_key"]
}

extension ASCIIByte {
    /// Bytes that end an unquoted value: whitespace, quotes and the separators of query strings,
    /// lists and markup.
    @inline(__always) static func endsBareValue(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ")"),
             UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }
}
