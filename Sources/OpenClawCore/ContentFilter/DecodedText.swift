/// Text recovered from an encoded span of a message, and the decodings that recovered it,
/// outermost first (base64 of ROT13 is `[.base64, .rot13]`).
struct DecodedText: Equatable {
    var decodings: [TextDecoding]
    var text: String
}
