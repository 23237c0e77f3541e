#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Standard base64 without Foundation's leniency about whitespace in the middle of a secret.
enum Base64 {
    static func decode(_ text: String) -> [UInt8]? {
        guard !text.contains(where: \.isWhitespace), let data = Data(base64Encoded: text) else { return nil }
        return [UInt8](data)
    }

    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }
}
