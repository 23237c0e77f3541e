/// Reads the start of a folded line as a label such as `SYSTEM:`, `[admin override]` or `User:`.
enum FakeHeader {
    static let authorityLabels = [
        "system", "sys", "admin", "administrator", "developer", "operator", "root", "moderator", "openai", "anthropic",
        "assistant", "ai",
    ]
    static let labelWords: Set<Substring> = [
        "message", "notice", "update", "override", "prompt", "instruction", "instructions", "alert", "note", "mode",
    ]
    static let speakers = ["user", "human", "assistant", "ai", "model", "bot"]
    private static let openers = Set("#*[(<>-=|_~ ")
    private static let leadWords = ["important ", "urgent ", "attention ", "new ", "official "]

    /// Whether the line opens with an authority label followed by `:`, `]`, `)`, `#`, the line's
    /// end, or the word "override".
    static func isAuthorityHeader(_ line: Substring) -> Bool {
        var rest = line.drop(while: { openers.contains($0) })
        if let lead = leadWords.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(lead.count) }
        guard let label = label(at: rest, from: authorityLabels) else { return false }
        rest = rest.dropFirst(label.count)
        var sawOverride = false
        for _ in 0..<2 {
            let word = rest.drop(while: { $0 == " " }).prefix(while: { $0.isLetter })
            guard labelWords.contains(word) else { break }
            sawOverride = sawOverride || word == "override"
            rest = rest.drop(while: { $0 == " " }).dropFirst(word.count)
        }
        let next = rest.drop(while: { $0 == " " }).first
        return sawOverride || next == nil || ":])#-".contains(next!)
    }

    /// Whether the lines name both a user and a model as speakers: a transcript written by the user.
    static func isFakeTranscript(_ speakers: Set<String>) -> Bool {
        !speakers.isDisjoint(with: ["user", "human"]) && !speakers.isDisjoint(with: ["assistant", "ai", "model", "bot"])
    }

    /// `user`, `assistant`… when the line starts with such a name and a colon.
    static func speaker(of line: Substring) -> String? {
        let rest = line.drop(while: { openers.contains($0) })
        guard let name = label(at: rest, from: speakers) else { return nil }
        return rest.dropFirst(name.count).first == ":" ? name : nil
    }

    private static func label(at text: Substring, from labels: [String]) -> String? {
        labels.first { label in
            text.hasPrefix(label) && !(text.dropFirst(label.count).first?.isLetter ?? false)
        }
    }
}
