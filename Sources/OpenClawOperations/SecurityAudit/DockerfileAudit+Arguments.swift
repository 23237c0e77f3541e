extension DockerfileAudit {
    /// The defaults of `ARG NAME=value` among `instructions` (a later one wins), the values a
    /// build without `--build-arg` uses.
    static func argumentDefaults(_ instructions: some Sequence<Instruction>) -> [String: String] {
        var defaults: [String: String] = [:]
        for instruction in instructions where instruction.keyword == "ARG" {
            for (name, value) in assignments(instruction.arguments) where instruction.arguments.contains("=") {
                defaults[name] = value
            }
        }
        return defaults
    }

    /// `$NAME` and `${NAME}` replaced by their defaults; a reference without one is left as written.
    static func expand(_ text: String, _ defaults: [String: String]) -> String {
        var result = ""
        var rest = text[...]
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            var after = rest[rest.index(after: dollar)...]
            let braced = after.first == "{"
            if braced { after = after.dropFirst() }
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            let end = after.index(after.startIndex, offsetBy: name.count)
            let closed = !braced || (end < after.endIndex && after[end] == "}")
            if !name.isEmpty, closed, let value = defaults[String(name)] {
                result += value
                rest = after[(braced ? after.index(after: end) : end)...]
            } else {
                result += "$"
                rest = rest[rest.index(after: dollar)...]
            }
        }
        return result + rest
    }
}
