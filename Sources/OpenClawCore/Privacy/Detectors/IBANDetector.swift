extension ScanBuffer {
    /// An IBAN at `i`: country code, two check digits, the country's length, mod-97 == 1, in any
    /// case, written either run together or in groups of four separated by single spaces (or, the
    /// same throughout, dashes or dots). The longest length that fits the country and the checksum wins.
    func iban(at i: Int) -> Range<Int>? {
        guard ASCIIByte.isAlpha(self[i]), ASCIIByte.isAlpha(self[i + 1]), ASCIIByte.isDigit(self[i + 2]), ASCIIByte.isDigit(self[i + 3]),
              let lengths = IBANLengths.lengths(ASCIIByte.upper(self[i]), ASCIIByte.upper(self[i + 1]))
        else { return nil }
        var p = i
        var characters = 0
        var separator: UInt8 = 0
        var found: Range<Int>? = nil
        while characters < lengths.last! {
            let c = self[p]
            if characters > 0, characters % 4 == 0, separator == 0 ? characters == 4 && (ASCIIByte.isIBANSeparator(c) || isFormSpace(p)) : c == separator,
               ASCIIByte.isWord(self[p + 1]) {
                separator = c
                p += 1
                continue
            }
            guard ASCIIByte.isWord(c) else { break }
            characters += 1
            p += 1
            if lengths.contains(characters), !ASCIIByte.isWord(self[p]), ibanChecksumIsValid(i..<p) { found = i..<p }
        }
        return found
    }

    /// mod-97 == 1 over the BBAN then the first four characters, letters as 10...35.
    private func ibanChecksumIsValid(_ range: Range<Int>) -> Bool {
        var remainder = 0
        func add(_ c: UInt8) {
            if ASCIIByte.isDigit(c) { remainder = (remainder * 10 + Int(c &- 0x30)) % 97 }
            else { remainder = (remainder * 100 + Int(ASCIIByte.upper(c) &- 0x41) + 10) % 97 }
        }
        for q in (range.lowerBound + 4)..<range.upperBound where ASCIIByte.isWord(self[q]) { add(self[q]) }
        for q in range.lowerBound..<(range.lowerBound + 4) { add(self[q]) }
        return remainder == 1
    }
}

extension ASCIIByte {
    @inline(__always) static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b & ~0x20 : b }

    /// Between the groups of four of an IBAN (and a form body's `+`, where it is a space).
    @inline(__always) static func isIBANSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
}

/// IBAN lengths per country: the SWIFT IBAN registry, the French overseas territories that use
/// French IBANs under their own codes, Åland, and the countries with IBANs outside the registry.
enum IBANLengths {
    /// The lengths in use for country code `a b` (upper case), shortest first.
    static func lengths(_ a: UInt8, _ b: UInt8) -> [Int]? {
        table[UInt16(a) << 8 | UInt16(b)]
    }

    private static let table: [UInt16: [Int]] = {
        let registry = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30"
        let territories = "AX18 BL27 GF27 GP27 MF27 MQ27 NC27 PF27 PM27 RE27 TF27 WF27 YT27"
        // Sources disagree on Algeria and Burkina Faso; both lengths are accepted.
        let outside = "AO25 BF27 BF28 BJ28 CF27 CG27 CI28 CM27 CV25 DZ24 DZ26 GA27 GQ27 GW25 IR26 KM27 MA28 MG27 ML28 MZ25 NE28 SN28 TD27 TG28"
        var table: [UInt16: [Int]] = [:]
        for entry in (registry + " " + territories + " " + outside).split(separator: " ") {
            let bytes = Array(entry.utf8)
            table[UInt16(bytes[0]) << 8 | UInt16(bytes[1]), default: []].append(Int(bytes[2] - 0x30) * 10 + Int(bytes[3] - 0x30))
        }
        return table
    }()
}
