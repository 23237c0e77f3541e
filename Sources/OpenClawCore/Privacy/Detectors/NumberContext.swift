/// What the words just before a number say it is. Read backwards over at most two words on the
/// same line (40 bytes), so it costs nothing unless a detector asks.
struct NumberContext: Equatable {
    /// `order`, `invoice`, `ref`, `#`, `Bestellnummer`…: the number names a thing, not a person.
    var reference = false
    /// `no.`, `Nr.`, `n°`: a reference unless a phone word is there too (`Tel.-Nr.`).
    var weakReference = false
    /// `tel`, `call`, `mobile`, `WhatsApp`, `電話`…
    var phone = false
    /// `version`, `build`, `firmware`, `AssemblyVersion(`…
    var version = false

    /// A phone detector must leave the number alone.
    var namesAReference: Bool { reference || (weakReference && !phone) }
}

extension ScanBuffer {
    /// The context of a number starting at `i`, from the two words before it, read back no further
    /// than where a match ends (`hitEnd`): a second pass reads its replacement there, whose `]`
    /// ends the words (`alice@example.id 030 1234567`: `id` is no reference once it is `[EMAIL]`).
    func numberContext(before i: Int, afterHitEndingAt hitEnd: Int) -> NumberContext {
        var context = NumberContext()
        let limit = Swift.max(0, i - 40, hitEnd)
        var p = i
        for word in 0..<2 {
            // Separators between words: spaces, punctuation of labels and markup.
            while p > limit, ASCIIByte.isContextSeparator(self[p - 1]) {
                if self[p - 1] == UInt8(ascii: "#") && word == 0 { context.reference = true }
                p -= 1
            }
            let end = p
            while p > limit, ASCIIByte.isAlpha(self[p - 1]) || self[p - 1] >= 0x80 || self[p - 1] == UInt8(ascii: "_") { p -= 1 }
            guard end > p else { break }
            classify(p..<end, into: &context)
            if self[p - 1] == UInt8(ascii: "\n") { break }
        }
        return context
    }

    private func classify(_ word: Range<Int>, into context: inout NumberContext) {
        if word.contains(where: { bytes[$0] >= 0x80 }) {
            if NumberContextWords.phoneScripts.contains(where: { contains($0, in: word) }) { context.phone = true }
            if NumberContextWords.referenceScripts.contains(where: { contains($0, in: word) }) { context.reference = true }
        }
        let matches = { (list: [[UInt8]]) in list.contains { equalsIgnoringCase($0, word) } }
        if matches(NumberContextWords.reference) { context.reference = true }
        if matches(NumberContextWords.weakReference) { context.weakReference = true }
        if matches(NumberContextWords.phone) { context.phone = true }
        if matches(NumberContextWords.version) || endsIgnoringCase(NumberContextWords.versionSuffix, word) { context.version = true }
        // Compounds: `user_id`, `Kundennummer` name references; `Telefonnummer`, `Handynummer` phones.
        if word.count > 3, endsIgnoringCase(Array("_id".utf8), word) { context.reference = true }
        if word.count > 6, endsIgnoringCase(Array("nummer".utf8), word) {
            if NumberContextWords.phoneCompounds.contains(where: { startsIgnoringCase($0, word) }) { context.phone = true } else { context.reference = true }
        }
    }

    private func equalsIgnoringCase(_ word: [UInt8], _ range: Range<Int>) -> Bool {
        word.count == range.count && endsIgnoringCase(word, range)
    }

    private func endsIgnoringCase(_ suffix: [UInt8], _ range: Range<Int>) -> Bool {
        guard suffix.count <= range.count else { return false }
        let start = range.upperBound - suffix.count
        for (offset, byte) in suffix.enumerated() where ASCIIByte.lower(bytes[start + offset]) != byte { return false }
        return true
    }

    private func startsIgnoringCase(_ prefix: [UInt8], _ range: Range<Int>) -> Bool {
        prefix.count <= range.count && endsIgnoringCase(prefix, range.lowerBound..<(range.lowerBound + prefix.count))
    }

    private func contains(_ cue: [UInt8], in range: Range<Int>) -> Bool {
        guard cue.count <= range.count else { return false }
        for start in range.lowerBound...(range.upperBound - cue.count) where endsIgnoringCase(cue, start..<(start + cue.count)) { return true }
        return false
    }
}

/// Lower-case cue words; non-ASCII ones as UTF-8.
enum NumberContextWords {
    static let reference: [[UInt8]] = words("""
        order orders ord ref refs reference invoice inv ticket case tracking account acct booking transaction txn tx policy \
        customer serial sku item article contract claim receipt shipment parcel id uid pid gid \
        bestellung rechnung kunde auftrag aktenzeichen vorgang referenz buchung sendung lieferschein vertrag \
        commande facture référence réf dossier contrat colis compte pedido factura fatura referencia referência protocolo \
        nota encomenda cuenta conta
        """)
    static let weakReference: [[UInt8]] = words("no nr nº n° num")
    static let phone: [[UInt8]] = words("""
        tel tél tele telefon telefone telephone téléphone telefono teléfono phone ph mobile mob mobil cell cellphone celular call \
        ring dial text sms whatsapp wa zap fax handy festnetz portable fixe fone contato contact keitai number numéro numero \
        landline hotline helpline reach rufnummer liga ligue appelle appelez
        """)
    static let version: [[UInt8]] = words("ver v build release firmware fw revision rev driver sdk")
    static let versionSuffix = Array("version".utf8)
    static let phoneScripts: [[UInt8]] = words("電話 携帯 連絡 फ़ोन फोन नंबर رقم هاتف")
    static let phoneCompounds: [[UInt8]] = words("ruf tel handy mobil fax festnetz")
    static let referenceScripts: [[UInt8]] = words("注文 請求 受付 伝票")

    private static func words(_ list: String) -> [[UInt8]] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) }
    }
}

extension ASCIIByte {
    /// Bytes between a cue word and its number: spaces and label punctuation.
    @inline(__always) static func isContextSeparator(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "#"), UInt8(ascii: "."),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ">"),
             UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "{"):
            true
        default:
            false
        }
    }
}
