import OpenClawCore
import Testing

/// Personal data and keys written with look-alike characters: fullwidth forms, digits of other
/// scripts, no-break and thin spaces, invisible characters. Detection reads the folded text; the
/// replacement covers the original characters.
struct DetectorLookalikeTests {
    private let redactor = Redactor()

    @Test(arguments: [
        ("call ０１７６ ８８２２ ５５３３ now", "call [PHONE] now"),
        ("Tel：＋４４ ７７００ ９００５５０", "Tel：[PHONE]"),
        ("電話は０６－６１２３－９８７６です", "電話は[PHONE]です"),
        ("mail ingrid＠example.se today", "mail [EMAIL] today"),
        ("ｍａｉｌ：ｌｉ＠ｅｘａｍｐｌｅ．ｃｎ", "ｍａｉｌ：[EMAIL]"),
        ("write to nils﹫example.no", "write to [EMAIL]"),
        ("IP １０．２．３．４", "IP [IP]"),
        ("ssn ５３６－４４－７１２０", "ssn [US_SSN]"),
        ("card ５４２５ ２３３４ ３０１０ ９９０３", "card [CREDIT_CARD]"),
    ])
    func fullwidthFormsAreFolded(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(arguments: [
        ("card 4532\u{00A0}0151\u{00A0}1283\u{00A0}0366 ok", "card [CREDIT_CARD] ok"),
        ("+49\u{2009}30\u{2009}9018\u{2009}2044", "[PHONE]"),
        ("+33\u{202F}6\u{202F}71\u{202F}82\u{202F}93\u{202F}04", "[PHONE]"),
        ("ssn 536\u{00A0}44\u{00A0}7120", "ssn [US_SSN]"),
        ("iban DE75\u{00A0}5121\u{00A0}0800\u{00A0}1245\u{00A0}1261\u{00A0}99", "iban [IBAN]"),
    ])
    func noBreakAndThinSpacesSeparateGroups(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(arguments: [
        ("mail ka\u{200B}rin@example.com", "mail [EMAIL]"),
        ("mail karin@exa\u{200D}mple.com", "mail [EMAIL]"),
        ("mail karin@example\u{2060}.com.", "mail [EMAIL]."),
        ("mail k\u{00AD}arin@example.com", "mail [EMAIL]"),
        ("call +49 30 9018\u{200B}2044", "call [PHONE]"),
        ("card 4532\u{FEFF}015112830366", "card [CREDIT_CARD]"),
    ])
    func invisibleCharactersInsideAValueAreSkipped(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    /// The replaced span runs to the real end of the key: neither its head nor its tail stays readable.
    @Test(arguments: [10, 13, 40, 80, 105])
    func aZeroWidthCharacterInsideAKeyHidesNothing(at offset: Int) {
        let key = DetectorSecretTests.anthropic
        let broken = String(key.prefix(offset)) + "\u{200B}" + String(key.dropFirst(offset))
        let redacted = redactor.redact("key \(broken) end")
        #expect(redacted == "key [SECRET:anthropic] end")
    }

    @Test func keysOfEveryVendorSurviveAnInvisibleCharacter() {
        for (key, token) in DetectorSecretTests.keys {
            let broken = String(key.prefix(key.count / 2)) + "\u{2060}" + String(key.dropFirst(key.count / 2))
            #expect(redactor.redact("use \(broken) now") == "use \(token) now", "\(token)")
        }
    }

    @Test func digitsOfOtherScriptsAreDigits() {
        #expect(redactor.redact("नंबर ९८४५०१२७६३") == "नंबर [PHONE]")
        #expect(redactor.redact("رقم +٤٩ ١٧١ ٢٣٤٥٦٧٨") == "رقم [PHONE]")
    }

    @Test func findingsPointAtTheOriginalBytes() {
        let text = "mail ingrid＠example.se"
        let findings = redactor.findings(in: text)
        #expect(findings == [Redactor.Finding(kind: .email, range: 5..<(5 + "ingrid＠example.se".utf8.count))])
    }

    /// Fullwidth punctuation in ordinary text is no reason to change it.
    @Test(arguments: ["東京（とうきょう）は、日本の首都です。", "第１２３号室", "ｖｅｒｓｉｏｎ １．２．３．４", "Prix\u{00A0}: 12\u{00A0}€", "ｈｅｌｌｏ ｗｏｒｌｄ"])
    func lookalikeTextWithoutDataIsUnchanged(input: String) {
        #expect(redactor.redact(input) == input)
    }

    @Test func redactingTwiceChangesNothingMore() {
        let text = "call ０１７６ ８８２２ ５５３３, mail ka\u{200B}rin@example.com, card 4532\u{00A0}0151\u{00A0}1283\u{00A0}0366"
        let once = redactor.redact(text)
        #expect(redactor.redact(once) == once)
    }
}

/// Folding never redacts less than the bytes as written would have been.
struct DetectorFoldingTakesNothingAwayTests {
    private let redactor = Redactor()

    @Test func aValueWithAFoldedSpaceStaysWhole() {
        #expect(redactor.redact("password=abc\u{3000}def ghi") == "password=[SECRET:assignment] ghi")
        #expect(redactor.redact("password=\"abc\u{3000}def ghi\" x") == "password=\"[SECRET:assignment]\" x")
    }

    @Test func aLongValueAfterALookalikeIsTakenToItsEnd() {
        let value = (0..<40).map { "word\($0)" }.joined(separator: " ")
        #expect(redactor.redact("ｘ password=\"\(value)\" end") == "ｘ password=\"[SECRET:assignment]\" end")
        #expect(redactor.redact("ｘpassword=\"\(value)\" end") == "ｘpassword=\"[SECRET:assignment]\" end")
    }
}
