import OpenClawCore
import Testing

/// Each personal-data detector alone, with inputs it must take and inputs it must leave.
struct DetectorPersonalDataTests {
    private func only(_ kind: RedactionKind) -> Redactor { Redactor(RedactionConfig(enabled: [kind])) }

    @Test(arguments: [
        ("mail alice@example.com now", "mail [EMAIL] now"),
        ("<first.last+tag@mail.example.co.uk>", "<[EMAIL]>"),
        ("end of sentence bob@example.org.", "end of sentence [EMAIL]."),
    ])
    func emailIsFound(input: String, expected: String) {
        #expect(only(.email).redact(input) == expected)
    }

    @Test(arguments: ["a@b", "user@localhost", "ping @mention", "foo@bar.123", "x@-bad.com", "a@a@a@a"])
    func notAnEmail(input: String) {
        #expect(only(.email).findings(in: input).isEmpty)
    }

    @Test(arguments: [
        ("call +1 415 555 0100 today", "call [PHONE] today"),
        ("+4915112345678", "[PHONE]"),
        ("(415) 555-0100", "[PHONE]"),
        ("415-555-0100.", "[PHONE]."),
        ("415.555.0100", "[PHONE]"),
        ("tel 020 7946 0958", "tel [PHONE]"),
        ("06 12 34 56 78", "[PHONE]"),
        ("+44 (0) 20 7946 0958", "[PHONE]"),
    ])
    func phoneIsFound(input: String, expected: String) {
        #expect(only(.phone).redact(input) == expected)
    }

    @Test(arguments: [
        "on 2024-01-15 at noon", "on 15.01.2024", "2024-01-15 10:30:00", "release v10.2.1", "version 1.2.3.4",
        "at 12:30:45", "order 1234567890", "took 120 300 450 ms", "ts=2024-01-15T10:30:00.123456 INFO", "+0123456789",
        "555-1234567890123456", "1234-5678-9012-3456", "192.168.300.400",
    ])
    func notAPhone(input: String) {
        #expect(only(.phone).findings(in: input).isEmpty)
    }

    @Test(arguments: [
        ("card 4111 1111 1111 1111 exp", "card [CREDIT_CARD] exp"),
        ("5555555555554444", "[CREDIT_CARD]"),
        ("amex 3782-822463-10005.", "amex [CREDIT_CARD]."),
        ("6011111111111117 12/26", "[CREDIT_CARD] 12/26"),
    ])
    func cardIsFound(input: String, expected: String) {
        #expect(only(.creditCard).redact(input) == expected)
    }

    @Test(arguments: [
        "card 4111 1111 1111 1112", "order 4000123412341235", "id 41111111111111111111", "v4111111111111111", "0000000000000000",
    ])
    func notACard(input: String) {
        #expect(only(.creditCard).findings(in: input).isEmpty)
    }

    @Test(arguments: [
        ("iban DE89 3704 0044 0532 0130 00 ok", "iban [IBAN] ok"),
        ("GB82WEST12345698765432", "[IBAN]"),
        ("NL91ABNA0417164300", "[IBAN]"),
    ])
    func ibanIsFound(input: String, expected: String) {
        #expect(only(.iban).redact(input) == expected)
    }

    @Test(arguments: [
        "DE88 3704 0044 0532 0130 00", "DE89370400440532013", "DE8937040044053201300123", "ZZ89370400440532013000", "GB82WEST1234569876543X",
    ])
    func notAnIBAN(input: String) {
        #expect(only(.iban).findings(in: input).isEmpty)
    }

    @Test(arguments: [
        ("from 192.168.1.10 ok", "from [IP] ok"),
        ("10.0.0.1:8080", "[IP]:8080"),
        ("host 2001:db8::1 up", "host [IP] up"),
        ("[fe80::1ff:fe23:4567:890a]:443", "[[IP]]:443"),
        ("lo ::1", "lo [IP]"),
        ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "[IP]"),
        ("::ffff:192.0.2.128", "[IP]"),
    ])
    func ipIsFound(input: String, expected: String) {
        #expect(only(.ip).redact(input) == expected)
    }

    @Test(arguments: [
        "version 1.2.3", "v1.2.3.4", "256.1.1.1", "1.2.3.4.5", "mac 00:1A:2B:3C:4D:5E", "std::vector", "at 12:30:45", "cafe::babe",
    ])
    func notAnIP(input: String) {
        #expect(only(.ip).findings(in: input).isEmpty)
    }

    @Test(arguments: [("ssn 536-22-1234.", "ssn [US_SSN]."), ("536 22 1234", "[US_SSN]"), ("536.22.1234", "[US_SSN]")])
    func ssnIsFound(input: String, expected: String) {
        #expect(only(.usSSN).redact(input) == expected)
    }

    @Test(arguments: [
        "536-22 1234", "000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "111-11-1111", "123-45-6789",
        "078-05-1120", "536-22-12345",
    ])
    func notAnSSN(input: String) {
        #expect(only(.usSSN).findings(in: input).isEmpty)
    }
}
