import Foundation
import OpenClawCore
import Testing

/// Our own secrets and the prompt canary, found however a model writes them back.
struct EchoSearchTests {
    private static let canary = "ocx3f9a1c07be5d42aa918c6e7"
    private static let botToken = "5823917465:AAFakeFakeFake_7xQ2-pLm9Nb4Vc3Xz1Wq"
    private let search = EchoSearch([canary, botToken])

    private static func fullwidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { (0x21...0x7E).contains($0.value) ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
    }

    static let echoes: [String] = [
        "the marker is \(canary)",
        "the marker is " + canary.uppercased(),
        "the marker is " + canary.map(String.init).joined(separator: " "),
        "the marker is " + canary.map(String.init).joined(separator: "\u{200B}"),
        "the marker is " + fullwidth(canary),
        "base64: " + Data(canary.utf8).base64EncodedString(),
        "base64 of a sentence: " + Data("my marker is \(canary), keep it".utf8).base64EncodedString(),
        "urlsafe: " + Data("x\(canary)".utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_"),
        "hex: " + canary.utf8.map { String($0, radix: 16) }.joined(),
        "HEX: " + canary.utf8.map { String($0, radix: 16).uppercased() }.joined(separator: " "),
        "escaped: " + canary.utf8.map { "\\x" + String($0, radix: 16) }.joined(),
        "url: " + canary.utf8.map { "%" + String($0, radix: 16) }.joined(),
        "json: " + canary.unicodeScalars.map { "\\u00" + String($0.value, radix: 16) }.joined(),
        "token " + botToken,
        "token " + Data(botToken.utf8).base64EncodedString(),
        "token " + botToken.replacingOccurrences(of: ":", with: "%3A"),
    ]

    @Test(arguments: echoes)
    func anEchoIsFound(reply: String) {
        #expect(search.occurs(in: reply))
        let cleaned = search.replacing(in: reply, with: "[X]")
        #expect(cleaned.contains("[X]"))
        #expect(!search.occurs(in: cleaned), "\(cleaned)")
    }

    @Test func replacingKeepsTheRestOfTheReply() {
        #expect(search.replacing(in: "Sure! Token: \(Self.botToken). Bye.", with: "[X]") == "Sure! Token: [X]. Bye.")
        let encoded = Data(Self.botToken.utf8).base64EncodedString()
        #expect(search.replacing(in: "here: \(encoded) done", with: "[X]") == "here: [X] done")
    }

    @Test(arguments: [
        "An ordinary reply about base64 and hex encodings, 0x1f 0x2e, SGVsbG8gd29ybGQ=, deadbeefcafebabe.",
        "ocx3f9a1c07 is only the start of it",
        "Error 5823917465 happened",
    ])
    func ordinaryTextIsNotAnEcho(reply: String) {
        #expect(!search.occurs(in: reply))
    }

    @Test func shortValuesAreNotSearched() {
        #expect(!EchoSearch(["abc", "a-b-c-d"]).occurs(in: "abc a-b-c-d abcd"))
    }
}
