extension BuiltInRule {
    /// Lines that pose as the system or an administrator ("SYSTEM:", "[admin override]") and make
    /// a demand on the same or the next line, fake turn boundaries ("Assistant: … / User: …"), and
    /// claims that the conversation so far was a test. A bare "System: Ubuntu 22.04" in a bug report
    /// scores low.
    static let fakeSystemMessage = BuiltInRule(
        id: "injection.fake_system_message",
        vocabulary: [
            .authorityDemand: [
                "override", "overrides", "priority", "must", "comply", "obey", "disabled", "disable", "turned off",
                "unrestricted", "ignore", "reveal", "authorized", "authorize", "void", "no longer", "new instructions",
                "safety", "filters", "restrictions", "all requests", "every request", "confidential", "you are now",
                "mandatory", "immediately", "unlock", "administrator", "without question", "have been updated",
                "updated", "required", "do not apply", "test mode", "respond to all", "answer all", "authorised", "disclose",
                "is now", "must now",
            ],
            .contextReset: [
                "end of user input", "end of prompt", "end of input", "end of conversation", "above is fake",
                "conversation above is fake", "was a test", "was just a test", "conversation is over",
                "previous conversation is over", "new conversation begins", "begin new session", "reset context",
            ],
        ],
        score: { text in
            let lines = text.lines
            var firstWordOfLine = Array(repeating: text.words.count, count: lines.count + 2)
            for (index, word) in text.words.enumerated().reversed() where word.line < firstWordOfLine.count {
                firstWordOfLine[word.line] = index
            }
            for line in stride(from: firstWordOfLine.count - 2, through: 0, by: -1) {
                firstWordOfLine[line] = min(firstWordOfLine[line], firstWordOfLine[line + 1])
            }
            var header = 0
            var speakers = Set<String>()
            for (number, line) in lines.enumerated() {
                if let speaker = FakeHeader.speaker(of: line) { speakers.insert(speaker) }
                guard FakeHeader.isAuthorityHeader(line) else { continue }
                let end = firstWordOfLine[min(number + 2, firstWordOfLine.count - 1)]
                let demanded = end > firstWordOfLine[number] && text.cues.has(.authorityDemand, startingIn: firstWordOfLine[number]...(end - 1))
                header = max(header, demanded ? 70 : 20)
            }
            let fakeTurns = FakeHeader.isFakeTranscript(speakers) ? 45 : 0
            let reset = text.cues.has(.contextReset) ? 45 : 0
            return min(header + fakeTurns + reset, 100)
        }
    )
}
