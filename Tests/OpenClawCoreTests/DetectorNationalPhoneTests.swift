import OpenClawCore
import Testing

/// National phone numbers as people in Germany, France, the UK, India, Brazil and Japan write them,
/// checked against each country's numbering plan, and the references and order numbers that must stay.
struct DetectorNationalPhoneTests {
    private let phones = Redactor(RedactionConfig(enabled: [.phone]))

    @Test(arguments: [
        // Germany: area code with 0, mobile 015x/016x/017x, slash after the area code.
        "ruf an: 06131 482291", "Handy 0160 98765432", "0911/3456789", "Tel. 0201 - 123 45 67", "ruf mich an 04419304478",
        // France: 0 and nine digits, in pairs, dotted or run together.
        "06 71 44 82 19", "05.56.12.34.78", "fixe 0388452716",
        // United Kingdom: 0 and ten digits.
        "07700 900550", "0131 496 0871", "(0117) 496 0622", "mob 07700900551",
        // India: ten-digit mobiles, landlines with 0.
        "mob 98210 44556", "022-2345-6789", "WhatsApp 9821044556",
        // Brazil: area code and eight or nine digits.
        "(11) 98123-4567", "21 3345-6789", "zap 11981234567",
        // Japan: 0 and nine or ten digits.
        "090-2345-6789", "03-6281-4455", "0120-444-555", "携帯 08012345678",
    ])
    func nationalNumberIsFound(input: String) {
        let findings = phones.findings(in: input)
        #expect(findings.count == 1, "\(phones.redact(input))")
        #expect(phones.redact(input).hasSuffix("[PHONE]"), "\(phones.redact(input))")
    }

    @Test(arguments: [
        ("+49 160 98765432", true), ("+49 (0)89 2345 6789", true), ("+4930901820", true), ("+49 123", false), ("+49 1234 567890123456", false),
        ("+33 6 71 44 82 19", true), ("+33 6 71 44 82", false), ("+44 20 7946 0001", true), ("+44 20 7946 001", false),
        ("+91 98210 44556", true), ("+91 98210 4455", false), ("+55 11 98123 4567", true), ("+55 10 98123 4567", false),
        ("+81 90 2345 6789", true), ("+81 3 6281 4455", true), ("+55.95.5536.2610", true), ("0049 89 23456789", true),
        ("+1 212 555 0147", true), ("+352 621 123 456", true),
    ])
    func internationalNumberFollowsTheCountrysPlan(input: String, isPhone: Bool) {
        #expect(!phones.findings(in: "call \(input) now").isEmpty == isPhone, "\(phones.redact(input))")
    }

    @Test(arguments: [
        "Bestellnummer 0613148229", "order 9821044556", "Order #0911345678", "ref 0131 496 0871", "invoice 02079460001",
        "Rechnung Nr. 0160-9876-5432", "ticket 7012398456", "commande n° 0671448219", "SKU 0123456789", "注文番号 0312345678",
        "customer_id: 9876543210", #"{"user_id":6123456789}"#, "account 98210 44556", "case 0201 123 4567",
    ])
    func referenceNumbersStay(input: String) {
        #expect(phones.findings(in: input).isEmpty, "\(phones.redact(input))")
    }

    @Test(arguments: [
        "ref 4807 0131 4960 8712", "4807 2231 9954 7781", "0611 2345 6789 0123 4", "06 71 44 82 19 55 31", "555 123 4567 8901",
    ])
    func aPhoneIsNeverCutOutOfALongerNumber(input: String) {
        #expect(phones.findings(in: input).isEmpty, "\(phones.redact(input))")
    }

    @Test(arguments: [
        "9821044556", "my id is 9821044556", "epoch 1700000000", "1712345678901", "0000000000", "12 345 678", "took 120 300 450 ms",
        "born 15.01.1990", "20240115", "06 71", "request 67890 12345 handled",
    ])
    func plainNumbersWithoutAPhoneWordStay(input: String) {
        #expect(phones.findings(in: input).isEmpty, "\(phones.redact(input))")
    }

    @Test func spacedDigitsAreJoined() {
        let all = Redactor()
        #expect(all.redact("call 0 7 7 0 0 9 0 0 5 5 0 now") == "call [PHONE] now")
        #expect(all.redact("+ 4 4 7 7 0 0 9 0 0 5 5 0") == "[PHONE]")
        #expect(all.redact("card 4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6 ok") == "card [CREDIT_CARD] ok")
        #expect(all.redact("count 1 2 3 4 5 6 7 8 9 10") == "count 1 2 3 4 5 6 7 8 9 10")
        #expect(all.redact("0 0 0 0 0 0 0 0 0 0") == "0 0 0 0 0 0 0 0 0 0")
    }
}
