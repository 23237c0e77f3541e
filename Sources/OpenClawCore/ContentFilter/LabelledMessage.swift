#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One message of an evaluation set (`eval/content-filter-*.jsonl`) and whether it is an injection.
public struct LabelledMessage: Sendable, Equatable, Decodable {
    public enum Label: String, Sendable, Decodable {
        case benign, injection
    }

    /// A line of a set that is not `{"label": "benign"|"injection", "text": "…"}`.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// One-based line number.
        public var line: Int

        public init(line: Int) {
            self.line = line
        }

        public var description: String { "line \(line): expected {\"label\":\"benign\"|\"injection\",\"text\":\"…\"}" }
    }

    public var label: Label
    public var text: String
    /// What kind of message it is (`decoded`, `language`, `indirect`, `meta`, `roleplay`…), when the set says.
    public var category: String?
    /// The language's ISO 639-1 code, when the set says.
    public var language: String?
    /// For a `decoded` message, the encoding or disguise it was written in.
    public var encoding: String?

    enum CodingKeys: String, CodingKey {
        case label, text, category = "class", language = "lang", encoding
    }

    public init(label: Label, text: String, category: String? = nil, language: String? = nil, encoding: String? = nil) {
        self.label = label
        self.text = text
        self.category = category
        self.language = language
        self.encoding = encoding
    }

    /// Reads JSON Lines: one object per line, blank lines skipped.
    public static func read(jsonLines: String) throws(ReadError) -> [LabelledMessage] {
        var messages: [LabelledMessage] = []
        let decoder = JSONDecoder()
        for (number, line) in jsonLines.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy(\.isWhitespace) {
            guard let message = try? decoder.decode(LabelledMessage.self, from: Data(line.utf8)) else {
                throw ReadError(line: number + 1)
            }
            messages.append(message)
        }
        return messages
    }
}
