/// What a phone candidate looks like so far: its digits, digit groups and the separators between them.
struct PhoneShape {
    let plus: Bool
    var digits = PhoneDigits()
    var groups = 0
    var lengths = (0, 0, 0)
    var separators: (UInt8, UInt8) = (0, 0)
    var spaces = false, dashes = false, dots = false, slashes = false, parentheses = false
    var laterGroupsAtLeastTwo = true

    init(plus: Bool) {
        self.plus = plus
    }

    mutating func addDigit(_ digit: UInt8) {
        digits.append(digit)
    }

    mutating func endGroup(length: Int) {
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
        case UInt8(ascii: "/"): slashes = true
        default: break
        }
    }

    /// `+` or the international prefix `00` and a country code.
    var isInternational: Bool { plus || (digits[0] == 0 && digits[1] == 0) }

    /// A national number that starts with the trunk prefix 0.
    var trunkZero: Bool { !isInternational && digits[0] == 0 }

    /// A slash separates an area code starting with 0 from the number (`030/1234567`), nothing else.
    var slashMayFollow: Bool { groups == 1 && digits[0] == 0 && (3...5).contains(lengths.0) && !plus }

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
    var isPhone: Bool {
        guard digits.count >= 7, digits.count <= 15 else { return false }
        if isInternational { return isInternationalNumber }
        guard !looksLikeDate, !looksLikeIPv4, isNationalFormat else { return false }
        if trunkZero { return digits[1] != 0 && PhoneNumberingPlan.trunkZero.contains { $0.accepts(digits, from: 1) } }
        return true
    }

    /// After the country code: the country's plan where there is one (a trunk 0 written after the
    /// code, `+44 (0)20…`, is skipped), otherwise any 7–15 digits not starting with 0.
    private var isInternationalNumber: Bool {
        let start = plus ? 0 : 2
        guard digits[start] != 0 else { return false }
        for plan in PhoneNumberingPlan.byCountryCode where digits.hasPrefix(plan.countryCode, at: start) {
            let national = start + plan.countryCode.count
            return plan.accepts(digits, from: national) || (digits[national] == 0 && plan.accepts(digits, from: national + 1))
        }
        return digits.count - start >= 7
    }

    /// Without a `+`, each style has its own rule, because plain numbers in logs (durations,
    /// counts) are separated by spaces too.
    private var isNationalFormat: Bool {
        if groups == 1 { return trunkZero || isNationalWithoutPrefix }
        if parentheses { return true }
        if dots && !spaces && !dashes && !slashes { return groups >= 3 && lengths.0 >= 2 && laterGroupsAtLeastTwo }
        if spaces && !dashes && !dots && !slashes {
            guard laterGroupsAtLeastTwo else { return false }
            return (trunkZero && digits.count >= 9) || (groups == 3 && lengths == (3, 3, 4)) || isNationalWithoutPrefix
        }
        return laterGroupsAtLeastTwo
    }

    /// An Indian mobile or a Brazilian number written without any prefix (`9821044556`, `98210 44556`).
    private var isNationalWithoutPrefix: Bool {
        !trunkZero && PhoneNumberingPlan.withoutPrefix.contains { $0.accepts(digits, from: 0) }
    }

    /// Accepted only for fitting a plan, with nothing in the writing to say it is a phone: two
    /// adjacent numbers in a log line look the same, so a word before it must say so (`call`, `mob`).
    var needsPhoneWord: Bool {
        !isInternational && !trunkZero && !parentheses && !dashes && !dots && !slashes && !(groups == 3 && lengths == (3, 3, 4))
    }
}
