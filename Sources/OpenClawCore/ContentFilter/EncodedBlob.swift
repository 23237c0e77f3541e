#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs of base64 (or hex) characters long enough to carry a sentence.
enum EncodedBlob {
    static let minimumLength = 24

    /// The length of the longest run of base64 alphabet characters in `text`.
    static func longest(in text: String) -> Int {
        runs(in: text).map(\.count).max() ?? 0
    }

    /// The runs of at least `minimumLength` characters that decode as base64 to UTF-8 text.
    static func decodedTexts(in text: String) -> [String] {
        runs(in: text).filter { $0.count >= minimumLength }.compactMap { run in
            var padded = String(decoding: run.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "+") : $0 == UInt8(ascii: "_") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
            while padded.utf8.count % 4 != 0 { padded += "=" }
            guard let data = Data(base64Encoded: padded) else { return nil }
            return String(validating: data, as: UTF8.self)
        }
    }

    private static func runs(in text: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(text.utf8)
        var runs: [ArraySlice<UInt8>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || !isBase64(bytes[index]) {
            if index - start >= minimumLength { runs.append(bytes[start..<index]) }
            start = index + 1
        }
        return runs
    }

    static func isBase64(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}
