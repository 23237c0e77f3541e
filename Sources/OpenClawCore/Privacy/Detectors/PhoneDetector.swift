extension ScanBuffer {
    /// A phone number at `i` (`+`, `(` or a digit): E.164 with optional separators, or a national
    /// format with spaces, dashes, dots or parentheses; 7–15 digits. Dates, versions, IPv4-shaped
    /// numbers and bare digit runs (ids, timestamps) are not phones.
    func phone(at i: Int) -> Range<Int>? {
        let plus = self[i] == UInt8(ascii: "+")
        var p = plus ? i + 1 : i
        var open = false
        if self[p] == UInt8(ascii: "(") { open = true; p += 1 }
        guard ASCIIByte.isDigit(self[p]) else { return nil }
        let firstDigit = self[p]

        // The longest valid prefix ending at a group wins, so a phone followed by another number
        // (`+1 415 555 0100 4111…`) is still found; a prefix followed by `.5` or `-5` is not a phone.
        var shape = PhoneShape()
        var best: Int? = nil
        while true {
            let groupEnd = digits(from: p, limit: 16)
            shape.addGroup(length: groupEnd - p)
            guard shape.digits <= 15 else { break }
            if !open, numberEnds(at: groupEnd), shape.isPhone(plus: plus, firstDigit: firstDigit) { best = groupEnd }
            // A separator run: one of ` -.` or a parenthesis, at most two bytes, then a digit.
            var q = groupEnd
            var separator: UInt8 = 0
            var runLength = 0
            var openAfter = open
            while runLength < 2 {
                let c = self[q]
                if c == UInt8(ascii: "(") && !openAfter { openAfter = true; shape.parentheses = true }
                else if c == UInt8(ascii: ")") && openAfter { openAfter = false; shape.parentheses = true }
                else if c == UInt8(ascii: " ") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") { separator = c }
                else { break }
                runLength += 1
                q += 1
            }
            guard runLength > 0, ASCIIByte.isDigit(self[q]), runLength == 1 || shape.parentheses else { break }
            // A card after a space is the next match, not the phone's tail.
            if separator == UInt8(ascii: " "), creditCard(at: q) != nil { break }
            shape.addSeparator(runLength == 1 ? separator : 0)
            open = openAfter
            p = q
        }
        return best.map { i..<$0 }
    }
}

/// What a phone candidate looks like: digit groups and the separators between them.
struct PhoneShape {
    var digits = 0
    var groups = 0
    var lengths = (0, 0, 0)
    var separators: (UInt8, UInt8) = (0, 0)
    var spaces = false, dashes = false, dots = false, parentheses = false
    var laterGroupsAtLeastTwo = true

    mutating func addGroup(length: Int) {
        digits += length
        switch groups {
        case 0: lengths.0 = length
        case 1: lengths.1 = length
        case 2: lengths.2 = length
        default: break
        }
        if groups > 0 && length < 2 { laterGroupsAtLeastTwo = false }
        groups += 1
    }

    mutating func addSeparator(_ byte: UInt8) {
        if groups == 1 { separators.0 = byte } else if groups == 2 { separators.1 = byte }
        switch byte {
        case UInt8(ascii: " "): spaces = true
        case UInt8(ascii: "-"): dashes = true
        case UInt8(ascii: "."): dots = true
        default: break
        }
    }

    /// 2024-01-15, 15.01.2024, 1-2-2024 (also as the start of a longer run: a date then a time).
    var looksLikeDate: Bool {
        guard groups >= 3, separators.0 != 0, separators.0 == separators.1, separators.0 != UInt8(ascii: " ") else { return false }
        let (a, b, c) = lengths
        return (a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c == 4)
    }

    /// Four dotted groups of at most three digits: an address, valid or not, never a phone.
    var looksLikeIPv4: Bool {
        dots && !spaces && !dashes && groups == 4 && lengths.0 <= 3 && lengths.1 <= 3 && lengths.2 <= 3
    }

    /// Whether the groups so far make a phone number.
    func isPhone(plus: Bool, firstDigit: UInt8) -> Bool {
        guard digits >= 7, !looksLikeDate, !looksLikeIPv4 else { return false }
        if plus { return firstDigit != UInt8(ascii: "0") }
        return isNationalFormat(startsWithZero: firstDigit == UInt8(ascii: "0"))
    }

    /// Without a `+`, a separator is needed and each style has its own rule, because plain
    /// numbers in logs (durations, counts) are separated by spaces too.
    func isNationalFormat(startsWithZero: Bool) -> Bool {
        guard groups >= 2 else { return false }
        if parentheses { return true }
        if dots && !spaces && !dashes { return groups >= 3 && lengths.0 >= 2 && laterGroupsAtLeastTwo }
        if spaces && !dashes && !dots {
            return (startsWithZero && laterGroupsAtLeastTwo && digits >= 9) || (groups == 3 && lengths == (3, 3, 4))
        }
        return laterGroupsAtLeastTwo
    }
}
