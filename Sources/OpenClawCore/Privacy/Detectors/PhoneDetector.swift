extension ScanBuffer {
    /// A phone number at `i` (`+`, `(` or a digit): international (`+` or `00` and a country
    /// code) or national, run together or in groups separated by spaces, dashes, dots, a slash
    /// after an area code or parentheses; 7–15 digits. Numbers for Germany, France, the UK, India,
    /// Brazil and Japan must fit that country's numbering plan. Dates, versions, IPv4-shaped
    /// numbers, references (`order`, `ref`, `#` before them) and numbers that run on into more
    /// digit groups are not phones. Digits before `hitEnd` belong to an earlier match.
    func phone(at i: Int, afterHitEndingAt hitEnd: Int) -> Range<Int>? {
        let plus = self[i] == UInt8(ascii: "+")
        var p = plus ? i + 1 : i
        var open = false
        if self[p] == UInt8(ascii: "(") { open = true; p += 1 }
        guard ASCIIByte.isDigit(self[p]) else { return nil }
        if !plus && continuesNumber(before: i, hitEnd: hitEnd) { return nil }

        // The longest valid prefix ending at a group wins, so a phone followed by another number
        // (`+1 415 555 0100 4111…`) is still found; a prefix followed by `.5` or `-5` is not a phone.
        var shape = PhoneShape(plus: plus)
        var best: (end: Int, shape: PhoneShape)? = nil
        while true {
            let groupEnd = digits(from: p, limit: 16)
            for q in p..<groupEnd { shape.addDigit(self[q] &- 0x30) }
            shape.endGroup(length: groupEnd - p)
            guard shape.digits.count <= 15 else { break }
            if !open, numberEnds(at: groupEnd), shape.isPhone { best = (groupEnd, shape) }
            // A separator run: one of ` -./`, a parenthesis with a space, or a separator between spaces (` - `); then a digit.
            var q = groupEnd
            var separator: UInt8 = 0
            var runLength = 0
            var openAfter = open
            if self[q] == UInt8(ascii: " "), self[q + 1] != UInt8(ascii: " "), isPhoneSeparator(at: q + 1), self[q + 2] == UInt8(ascii: " ") {
                separator = self[q + 1]
                runLength = 3
                q += 3
            }
            while runLength < 2 {
                let c = self[q]
                if c == UInt8(ascii: "(") && !openAfter { openAfter = true; shape.parentheses = true }
                else if c == UInt8(ascii: ")") && openAfter { openAfter = false; shape.parentheses = true }
                else if isPhoneSeparator(at: q) { separator = c == UInt8(ascii: "+") ? UInt8(ascii: " ") : c }
                else { break }
                runLength += 1
                q += 1
            }
            let spaced = runLength == 3
            guard runLength > 0, ASCIIByte.isDigit(self[q]), runLength == 1 || shape.parentheses || spaced else { break }
            if separator == UInt8(ascii: "/"), !shape.slashMayFollow { break }
            // A card after a space is the next match, not the phone's tail.
            if separator == UInt8(ascii: " "), creditCard(at: q) != nil { break }
            shape.addSeparator(runLength == 1 || spaced ? separator : 0)
            open = openAfter
            p = q
        }
        guard let best else { return nil }
        if !best.shape.isInternational {
            if runsOn(after: best.end) { return nil }
            let context = numberContext(before: i, afterHitEndingAt: hitEnd)
            if context.namesAReference { return nil }
            if best.shape.needsPhoneWord && !context.phone { return nil }
        }
        return i..<best.end
    }

    /// Digit groups of a phone are separated by these (and a form body's `+`, where it is a space).
    @inline(__always) func isPhoneSeparator(at q: Int) -> Bool {
        let c = self[q]
        return c == UInt8(ascii: " ") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "/") || isFormSpace(q)
    }

    /// `i` follows a digit group and one separator: it is the middle of a longer number, unless
    /// that group ends a match (before `hitEnd`), which is replaced.
    private func continuesNumber(before i: Int, hitEnd: Int) -> Bool {
        let before = self[i - 1]
        return (before == UInt8(ascii: " ") || isFormSpace(i - 1)) && ASCIIByte.isDigit(self[i - 2]) && i - 2 >= hitEnd
    }

    /// More digit groups follow `end` (a space or slash and a number that is not a match of its
    /// own): the phone-shaped prefix is part of something longer. A number that starts a card, an
    /// address or a bot token is the next match, which a second pass reads as `[` (fuzz finding 33:
    /// `5-140532 4::`, where `4::` was replaced and `5-140532` before `[IP]` was then a phone).
    private func runsOn(after end: Int) -> Bool {
        let c = self[end]
        guard c == UInt8(ascii: " ") || c == UInt8(ascii: "/") || isFormSpace(end), ASCIIByte.isDigit(self[end + 1]) else { return false }
        let next = digits(from: end + 1, limit: 20)
        guard numberEnds(at: next), creditCard(at: end + 1) == nil else { return false }
        return self[next] != UInt8(ascii: ":") || (ipv6(at: end + 1) == nil && telegramToken(at: end + 1) == nil)
    }
}
