extension BuiltInRule {
    /// The user claims to be the model's developer, operator or maker, hands it "new instructions",
    /// or demands compliance ("confirm by saying…", "never refuse"). A claim scores high only with a
    /// demand beside it: "I'm the admin of our Discord" alone is a harmless sentence.
    static let authorityClaim = BuiltInRule(
        id: "injection.authority_claim",
        vocabulary: [
            .authorityClaim: [
                "i am your developer", "im your developer", "i am your creator", "im your creator", "i am your admin",
                "im your admin", "i am your administrator", "i am your owner", "im your owner", "as your creator",
                "as your developer", "as your administrator", "as your system administrator", "as your admin",
                "as your owner", "as your operator", "i am an openai employee", "im an openai employee",
                "i work at openai", "i work for openai", "im an anthropic employee", "i am an anthropic employee",
                "i work at anthropic", "this is openai", "this is anthropic", "message from openai",
                "message from anthropic", "from your administrator", "from your developer", "from your developers",
                "from the developer", "from the developers", "your operator has", "your developers have",
                "the developers have given me", "the developers gave me", "i have admin privileges", "i have admin access",
                "i have root access", "i have developer access", "authorized override", "override code", "i authorize you",
                "i give you permission", "you have my permission", "you have permission to", "permission to bypass",
                "permission to ignore", "i am authorized", "im authorized", "security audit", "for the audit",
                "im the developer", "i am the developer", "has authorized", "openai has", "anthropic has",
            ],
            .newInstructions: [
                "your new instructions", "your new instruction", "your new directive", "your new task", "your new rules",
                "your new role", "new system prompt", "new system instructions", "new system instruction", "real instructions", "actual instructions",
                "priority instruction", "updated instructions", "new instructions follow", "your only job now",
                "nuevas instrucciones", "nouvelles instructions", "neue anweisungen", "nuove istruzioni", "novas instrucoes",
                "новые инструкции", "新的指令", "新指令",
            ],
            .newInstructionsWeak: ["new instructions", "new instruction", "new task", "new rules", "new directive", "new orders", "new objective"],
            .complianceDemand: [
                "follow my orders", "follow my instructions", "follow only mine", "follow mine", "obey me", "obey my",
                "only listen to me", "do what i say", "do as i say", "confirm by saying", "confirm with", "confirm you understand",
                "never refuse", "never refuses", "do not refuse", "dont refuse", "without refusal", "without refusing",
                "answer all questions", "answer every question", "answer everything", "respond to all requests",
                "respond to everything", "comply with every request", "comply fully", "comply with all",
                "without question", "no matter what i ask", "whatever i ask",
            ],
        ],
        score: { text in
            let cues = text.cues
            var score = 0
            if cues.has(.authorityClaim) {
                let demand = cues.has(.authorityDemand) || cues.has(.overrideVerb) || cues.has(.complianceDemand)
                    || cues.has(.unrestricted) || cues.has(.revealVerb)
                score += demand ? 70 : 35
            }
            if cues.has(.newInstructions) {
                score += 60
            } else if cues.has(.newInstructionsWeak) {
                score += 30
            }
            score += min(cues.hits(.complianceDemand).count, 2) * 25
            return min(score, 100)
        }
    )
}
