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

    public init(label: Label, text: String) {
        self.label = label
        self.text = text
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
