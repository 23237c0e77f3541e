/// The national significant numbers a country hands out: which leading digits come with which
/// lengths, read after the country code or after the trunk prefix 0. These compact tables cover
/// the countries whose national formats the phone detector accepts without a `+`; a number that
/// fits none of them is a reference, an order number or a count, not a phone.
struct PhoneNumberingPlan: Sendable {
    /// Leading digits, one set of allowed digits per position, and the lengths they come with.
    struct Rule: Sendable {
        let leading: [UInt16]
        let lengths: ClosedRange<Int>
    }

    let countryCode: [UInt8]
    let rules: [Rule]

    /// `rules` as `"pattern pattern…:min-max"` groups separated by `;`. A pattern is a digit or a
    /// class such as `[2-5]` or `[1245]` per leading position (`1[5-7]`: 15, 16 or 17).
    init(countryCode: String, _ rules: String) {
        self.countryCode = countryCode.utf8.map { $0 &- 0x30 }
        self.rules = rules.split(separator: ";").flatMap { group -> [Rule] in
            let parts = group.split(separator: ":")
            let bounds = parts[1].split(separator: "-").map { Int($0)! }
            return parts[0].split(separator: " ").map { Rule(leading: Self.positions($0), lengths: bounds[0]...bounds.last!) }
        }
    }

    func accepts(_ number: PhoneDigits, from start: Int) -> Bool {
        let length = number.count - start
        return rules.contains { rule in
            rule.lengths.contains(length) && rule.leading.indices.allSatisfy { rule.leading[$0] >> UInt16(number[start + $0]) & 1 == 1 }
        }
    }

    /// `1[5-7]` → [{1}, {5, 6, 7}] as bit masks over the digits 0–9.
    private static func positions(_ pattern: Substring) -> [UInt16] {
        var masks: [UInt16] = []
        var inClass = false
        var previous: UInt8? = nil
        var ranging = false
        for byte in pattern.utf8 {
            switch byte {
            case UInt8(ascii: "["): inClass = true; masks.append(0)
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "-"): ranging = true
            default:
                let digit = byte &- 0x30
                if !inClass { masks.append(1 << UInt16(digit)); continue }
                if ranging, let low = previous { for d in low...digit { masks[masks.count - 1] |= 1 << UInt16(d) } } else { masks[masks.count - 1] |= 1 << UInt16(digit) }
                ranging = false
                previous = digit
            }
        }
        return masks
    }

    static let germany = PhoneNumberingPlan(countryCode: "49", "1[5-7]:10-11; [2-9]:7-11")
    static let france = PhoneNumberingPlan(countryCode: "33", "[1-9]:9")
    static let unitedKingdom = PhoneNumberingPlan(countryCode: "44", "1:9-10; [235789]:10; 80:9-10")
    static let india = PhoneNumberingPlan(countryCode: "91", "[1-9]:10; 1800:10-11")
    /// Two-digit area codes (DDD) in use, then 9 and eight digits (mobile) or 2–5 and seven (fixed).
    static let brazil = PhoneNumberingPlan(countryCode: "55", brazilianAreas.map { "\($0)9" }.joined(separator: " ") + ":11; "
        + brazilianAreas.map { "\($0)[2-5]" }.joined(separator: " ") + ":10")
    static let japan = PhoneNumberingPlan(countryCode: "81", "[1-9]:9; [5789]0:10")

    private static let brazilianAreas = ["1[1-9]", "2[12478]", "3[1-578]", "4[1-9]", "5[1345]", "6[1-9]", "7[134579]", "8[1-9]", "9[1-9]"]

    /// Plans with the trunk prefix 0, tried on a national number that starts with it.
    static let trunkZero: [PhoneNumberingPlan] = [germany, france, unitedKingdom, india, brazil, japan]
    /// Plans tried after a `+` or `00` country code.
    static let byCountryCode: [PhoneNumberingPlan] = trunkZero
    /// National numbers written without any prefix: Indian mobiles, Brazilian area code and number.
    static let withoutPrefix: [PhoneNumberingPlan] = [PhoneNumberingPlan(countryCode: "91", "[6-9]:10"), brazil]
}

/// Up to 16 decimal digits of a phone candidate, kept without allocating.
struct PhoneDigits: Sendable, Equatable {
    private var packed: UInt64 = 0
    private(set) var count = 0

    /// Appends `digit` (0–9); digits past the sixteenth are counted but not kept.
    mutating func append(_ digit: UInt8) {
        if count < 16 { packed |= UInt64(digit) << UInt64(count * 4) }
        count += 1
    }

    /// The digit at `index`; 15 (never a digit) past the end.
    subscript(_ index: Int) -> UInt8 {
        index < Swift.min(count, 16) ? UInt8(truncatingIfNeeded: packed >> UInt64(index * 4)) & 0xF : 0xF
    }

    func hasPrefix(_ prefix: [UInt8], at start: Int) -> Bool {
        guard start + prefix.count <= count else { return false }
        for (offset, digit) in prefix.enumerated() where self[start + offset] != digit { return false }
        return true
    }
}
