import OpenClawCore
import Testing

/// Cards, IBANs and SSNs in the other ways people write them, and the decoys that look like them.
struct DetectorNumberFormatTests {
    private let redactor = Redactor()

    @Test(arguments: [
        ("Karte 4532.0151.1283.0366", "Karte [CREDIT_CARD]"),
        ("cc 5425-2334-3010-9903", "cc [CREDIT_CARD]"),
        ("card 4532\u{2009}0151\u{2009}1283\u{2009}0366.", "card [CREDIT_CARD]."),
    ])
    func cardGroupsTakeDotsAndThinSpaces(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(arguments: [
        ("pay to de75 5121 0800 1245 1261 99 thanks", "pay to [IBAN] thanks"),
        (#"{"iban":"at611904300234573201"}"#, #"{"iban":"[IBAN]"}"#),
        ("konto it60x0542811101000000123456.", "konto [IBAN]."),
        ("De75512108001245126199", "[IBAN]"),
        ("IBAN DE75-5121-0800-1245-1261-99", "IBAN [IBAN]"),
        ("IBAN DE75.5121.0800.1245.1261.99", "IBAN [IBAN]"),
        ("Mauritius MU17 BOMM 0101 1010 3030 0200 000M UR", "Mauritius [IBAN]"),
        ("Senegal SN08SN0100152000048500003035", "Senegal [IBAN]"),
        ("Morocco MA64011519000001205000534921", "Morocco [IBAN]"),
        ("BE71096123456769 1234", "[IBAN] 1234"),
    ])
    func ibanInAnyCaseAndSpacing(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(arguments: ["de12345678901234567890", "it costs de89 euros", "DE75 5121 0800 1245 1261 98", "de75-5121.0800-1245-1261-99"])
    func notAnIBAN(input: String) {
        #expect(Redactor(RedactionConfig(enabled: [.iban])).findings(in: input).isEmpty)
    }

    @Test(arguments: [
        #"[assembly: AssemblyVersion("2.0.7.38")]"#, "driver version 3.20.7.18", "firmware 1.4.2.11", #"{"version":"4.8.1.2"}"#,
        "Build 6.2.9.200", "ProductVersion=8.1.0.4", "<Version>6.0.0.12</Version>", "ver. 1.2.3.4",
    ])
    func fourPartVersionsAreNotAddresses(input: String) {
        #expect(redactor.findings(in: input).isEmpty, "\(redactor.redact(input))")
    }

    @Test(arguments: ["from 10.2.0.38", "server 3.20.7.18 (version 2)", "host=192.168.7.1", "client 1.2.3.4 version"])
    func addressesOutsideAVersionContextAreFound(input: String) {
        #expect(redactor.findings(in: input).map(\.kind) == [.ip], "\(redactor.redact(input))")
    }
}
