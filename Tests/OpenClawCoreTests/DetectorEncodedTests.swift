import Foundation
import OpenClawCore
import Testing

/// Values inside the encodings logs wrap them in: percent-escapes in URLs, `+` for a space in form
/// bodies, JSON `\u` escapes. The encoded span is what gets replaced.
struct DetectorEncodedTests {
    private let redactor = Redactor()

    @Test(arguments: [
        ("GET /confirm?email=olga.ivanova%40example.ru&step=2", "GET /confirm?email=[EMAIL]&step=2"),
        ("next=%2Faccount%3Femail%3Dben%40example.org", "next=%2Faccount%3Femail%3D[EMAIL]"),
        ("to=mei%2Bnews%40example.tw", "to=[EMAIL]"),
        ("url=%3Fe%3Dzoe%2540example.com", "url=%3Fe%3D[EMAIL]"),
        ("GET /sms?to=%2B447700900550 HTTP/1.1", "GET /sms?to=[PHONE] HTTP/1.1"),
        ("phone=%2B49%2030%209018%202044&x=1", "phone=[PHONE]&x=1"),
        ("/bot" + DetectorSecretTests.telegram.replacingOccurrences(of: ":", with: "%3A") + "/getMe", "/bot[SECRET:telegram]/getMe"),
        ("pan=5425%202334%203010%209903", "pan=[CREDIT_CARD]"),
    ])
    func percentEncodedValuesAreFound(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(arguments: [
        ("name=Ana+Lima&tel=%2B351+912+345+678&ok=1", "name=Ana+Lima&tel=[PHONE]&ok=1"),
        ("tel=07700+900+550&send=1", "tel=[PHONE]&send=1"),
        ("cc=4532+0151+1283+0366&cvc=1", "cc=[CREDIT_CARD]&cvc=1"),
    ])
    func aPlusInAFormBodyIsASpace(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test func aPlusOutsideAFormKeepsItsMeaning() {
        // `+` in an address and in a base64 secret is not a space.
        #expect(redactor.redact("to=lena+shop%40example.at") == "to=[EMAIL]")
        #expect(redactor.redact("token=Ab+cd/EF%3D%3D&x=1") == "token=[SECRET:assignment]&x=1")
    }

    @Test(arguments: [
        (#"{"email":"nadia\u0040example.ma"}"#, #"{"email":"[EMAIL]"}"#),
        (#"{"to":"kai\u0040example\u002ede"}"#, #"{"to":"[EMAIL]"}"#),
        (#"{"tel":"+44\u00a07700\u00a0900550"}"#, #"{"tel":"[PHONE]"}"#),
    ])
    func jsonEscapesAreDecoded(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(arguments: ["GET /search?q=hello%20world%202024&page=2", "path=%2Fvar%2Flog%2Fapp", "q=caf%C3%A9+near+me&r=5000", #"{"note":"caf\u00e9 \u2013 2024"}"#])
    func encodedTextWithoutDataIsUnchanged(input: String) {
        #expect(redactor.redact(input) == input)
    }
}
