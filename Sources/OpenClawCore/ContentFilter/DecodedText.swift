/// Text recovered from an encoded span of a message, and the decoding that recovered it.
struct DecodedText: Equatable {
    var decoding: TextDecoding
    var text: String
}
