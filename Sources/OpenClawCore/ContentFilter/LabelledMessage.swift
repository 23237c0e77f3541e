#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One message of an evaluation set (`eval/content-filter-*.jsonl`) and whether it is an injection.
package struct LabelledMessage: Sendable, Equatable, Decodable {
    package enum Label: String, Sendable, Decodable {
        case benign, injection
    }

    /// A line of a set that is not `{"label": "benign"|"injection", "text": "…"}`.
    package struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// One-based line number.
        package var line: Int

        package init(line: Int) {
            self.line = line
        }

        package var description: String { "line \(line): expected {\"label\":\"benign\"|\"injection\",\"text\":\"…\"}" }
    }

    package var label: Label
    package var text: String
    /// What kind of message it is (`decoded`, `language`, `indirect`, `meta`, `roleplay`…), when the set says.
    package var category: String?
    /// The language's ISO 639-1 code, when the set says.
    package var language: String?
    /// For a `decoded` message, the encoding or disguise it was written in.
    package var encoding: String?

    enum CodingKeys: String, CodingKey {
        case label, text, category = "class", language = "lang", encoding
    }

    package init(label: Label, text: String, category: String? = nil, language: String? = nil, encoding: String? = nil) {
        self.label = label
        self.text = text
        self.category = category
        self.language = language
        self.encoding = encoding
    }

    /// Reads JSON Lines: one object per line, blank lines skipped.
    package static func read(jsonLines: String) throws(ReadError) -> [LabelledMessage] {
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
