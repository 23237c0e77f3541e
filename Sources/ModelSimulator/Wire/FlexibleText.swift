/// Text sent either as a plain string or as an array of `{"type": "text", "text": …}` blocks.
struct FlexibleText: Decodable, Sendable {
    var text: String

    private struct Block: Decodable {
        var text: String?
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            text = string
        } else {
            text = try container.decode([Block].self).compactMap(\.text).joined()
        }
    }
}
