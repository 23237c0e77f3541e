/// Finds chat-template tokens in folded text and tells how each is used.
enum TemplateTokenScan {
    struct Occurrence {
        enum Use { case structure, inSentence, quoted }
        var token: String
        var use: Use
    }

    static let tokens: [String] = [
        "<|im_start|>", "<|im_end|>", "<|im_sep|>", "<|system|>", "<|user|>", "<|assistant|>", "<|endoftext|>",
        "<|eot_id|>", "<|eom_id|>", "<|start_header_id|>", "<|end_header_id|>", "<|begin_of_text|>", "<|end_of_text|>",
        "<|start|>", "<|end|>", "<|channel|>", "<|message|>", "<|prompter|>", "</s>", "<s>", "[inst]", "[/inst]",
        "<<sys>>", "<</sys>>", "<start_of_turn>", "<end_of_turn>",
    ]

    static let roles = ["system", "user", "assistant", "model", "developer", "human", "bot", "tool", "instruction", "response", "input"]

    private static let tokenBytes = tokens.map { Array($0.utf8) }

    static func occurrences(in folded: String) -> [Occurrence] {
        let bytes = Array(folded.utf8)
        var found: [(range: Range<Int>, token: Int)] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: "["),
               let token = tokenBytes.indices.first(where: { bytes[index...].starts(with: tokenBytes[$0]) }) {
                found.append((index..<(index + tokenBytes[token].count), token))
                index += tokenBytes[token].count
            } else {
                index += 1
            }
        }
        return found.indices.map { position in
            let range = found[position].range
            let before = previousVisible(bytes, before: range.lowerBound)
            let after = nextVisible(bytes, from: range.upperBound)
            let use: Occurrence.Use
            let atLineEdge = before.byte == nil || before.byte == UInt8(ascii: "\n") || after.byte == nil || after.byte == UInt8(ascii: "\n")
            if (position > 0 && found[position - 1].range.upperBound == before.index + 1)
                || (position + 1 < found.count && found[position + 1].range.lowerBound == after.index)
                || startsWithRole(bytes, at: after.index) {
                use = .structure
            } else if isQuote(before.byte) || isQuote(after.byte) {
                use = .quoted
            } else if atLineEdge {
                use = .structure
            } else {
                use = .inSentence
            }
            return Occurrence(token: tokens[found[position].token], use: use)
        }
    }

    /// `### System:`, `### Instruction`, `## Response:` and the like on a line of their own making.
    static func isRoleHeader(_ line: Substring) -> Bool {
        guard line.hasPrefix("#") else { return false }
        let rest = line.drop(while: { $0 == "#" || $0 == " " })
        guard let role = roles.first(where: { rest.hasPrefix($0) }) else { return false }
        let tail = rest.dropFirst(role.count).drop(while: { $0 == "s" || $0 == " " })
        return tail.isEmpty || tail.first == ":" || tail.first == "#"
    }

    private static func isQuote(_ byte: UInt8?) -> Bool {
        byte == UInt8(ascii: "`") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private static func previousVisible(_ bytes: [UInt8], before end: Int) -> (byte: UInt8?, index: Int) {
        var index = end - 1
        while index >= 0, bytes[index] == UInt8(ascii: " ") { index -= 1 }
        return (index >= 0 ? bytes[index] : nil, index)
    }

    private static func nextVisible(_ bytes: [UInt8], from start: Int) -> (byte: UInt8?, index: Int) {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return (index < bytes.count ? bytes[index] : nil, index)
    }

    private static func startsWithRole(_ bytes: [UInt8], at index: Int) -> Bool {
        roles.contains { role in
            let end = index + role.utf8.count
            guard end <= bytes.count, bytes[index...].starts(with: role.utf8) else { return false }
            return end == bytes.count || !isLetter(bytes[end])
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }
}
