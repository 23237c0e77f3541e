extension ScanBuffer {
    /// An IBAN at `i`: country code, two check digits, the country's length, mod-97 == 1, written
    /// either run together or in groups of four separated by single spaces.
    func iban(at i: Int) -> Range<Int>? {
        guard ASCIIByte.isUpper(self[i]), ASCIIByte.isUpper(self[i + 1]),
              ASCIIByte.isDigit(self[i + 2]), ASCIIByte.isDigit(self[i + 3]),
              let length = IBANLengths.length(self[i], self[i + 1])
        else { return nil }
        var p = i
        var characters = 0
        var spaced = false
        while characters < length {
            let c = self[p]
            if c == UInt8(ascii: " "), characters % 4 == 0, characters > 0, ASCIIByte.isWord(self[p + 1]), spaced || characters == 4 {
                spaced = true
                p += 1
                continue
            }
            guard ASCIIByte.isUpper(c) || ASCIIByte.isDigit(c) else { return nil }
            characters += 1
            p += 1
        }
        guard !ASCIIByte.isWord(self[p]) else { return nil }
        // Checksum over BBAN then the first four characters, letters as 10...35.
        var remainder = 0
        func add(_ c: UInt8) {
            if ASCIIByte.isDigit(c) { remainder = (remainder * 10 + Int(c &- 0x30)) % 97 }
            else { remainder = (remainder * 100 + Int(c &- 0x41) + 10) % 97 }
        }
        for q in (i + 4)..<p where self[q] != UInt8(ascii: " ") { add(self[q]) }
        for q in i..<(i + 4) { add(self[q]) }
        return remainder == 1 ? i..<p : nil
    }
}

/// IBAN lengths per country (SWIFT IBAN registry).
enum IBANLengths {
    static func length(_ a: UInt8, _ b: UInt8) -> Int? {
        table[UInt16(a) << 8 | UInt16(b)]
    }

    private static let table: [UInt16: Int] = {
        let entries = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20"
        var table: [UInt16: Int] = [:]
        for entry in entries.split(separator: " ") {
            let bytes = Array(entry.utf8)
            table[UInt16(bytes[0]) << 8 | UInt16(bytes[1])] = Int(bytes[2] - 0x30) * 10 + Int(bytes[3] - 0x30)
        }
        return table
    }()
}
