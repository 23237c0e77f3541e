/// Markdown images (`![alt](address)`) whose address has a query with a slot to fill in or
/// names what to send: a client that renders the reply fetches the address, and the query
/// reaches the attacker's server.
enum MarkdownImage {
    static let slotWords = [
        "conversation", "history", "chat", "messages", "message", "secret", "password", "data", "previous", "user",
        "prompt", "summary", "context", "token", "key",
    ]

    /// Whether `folded` holds a markdown image whose query has `{…}`, `[…]`, an empty value at its
    /// end, or one of `slotWords`.
    static func leaksData(in folded: String) -> Bool {
        var rest = folded[...]
        while let open = rest.firstRange(of: "![") {
            rest = rest[open.upperBound...]
            guard let middle = rest.firstRange(of: "]("), rest.distance(from: rest.startIndex, to: middle.lowerBound) <= 200 else { continue }
            let address = rest[middle.upperBound...].prefix { $0 != ")" && $0 != " " && $0 != "\n" }
            guard address.hasPrefix("http"), let query = address.firstIndex(of: "?") else { continue }
            let parameters = address[query...]
            if parameters.contains("{") || parameters.contains("[") || parameters.hasSuffix("=") { return true }
            if slotWords.contains(where: { parameters.contains($0) }) { return true }
        }
        return false
    }
}
