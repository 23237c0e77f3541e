extension BuiltInRule {
    /// Role-play jailbreaks: named ones (DAN, "developer mode enabled"), the model told it has no
    /// restrictions, or told it is someone else. Pretending alone ("pretend you're a pirate") and
    /// "developer mode" alone (a phone setting) score nothing.
    static let roleplayJailbreak = BuiltInRule(
        id: "injection.roleplay_jailbreak",
        vocabulary: [
            .unrestricted: [
                "no restrictions", "without restrictions", "without any restrictions", "no rules", "without rules",
                "without any rules", "no limits", "no limitations", "without limitations", "without limits", "no filters",
                "no filter", "without filters", "without any filters", "without filter", "unfiltered", "uncensored",
                "unrestricted", "no ethical guidelines", "no ethics", "no morals", "no moral", "amoral", "not bound by",
                "no longer bound", "free from", "freed from", "broken free", "broke free", "break free", "no content policy",
                "no guidelines", "without guidelines", "no safety", "without censorship", "no censorship",
                "do not have any restrictions", "dont have any restrictions", "without any limitations", "no boundaries",
                "not restricted", "no longer restricted", "escaped its programming", "escaped your programming",
                "unaligned", "unbound", "without moral", "without morals", "no principles", "no content filters",
                "without refusal", "typical confines", "dont have to follow any rules", "do not have to follow any rules",
                "without ethics", "without content restrictions", "ohne einschrankungen", "ohne regeln", "ohne filter",
                "sin restricciones", "sin reglas", "sin filtro", "sin filtros", "sans filtre", "sans restrictions",
                "sans limites", "senza restrizioni", "senza filtri", "sem restricoes", "sem filtros", "без ограничений",
                "без фильтров", "без правил", "无限制", "没有限制", "不受限制", "制限なし",
            ],
            .personaShift: [
                "pretend", "imagine", "act as", "roleplay", "role play", "simulate", "stay in character", "you are now",
                "youre now", "from now on you", "you will now", "become", "respond as", "answer as", "lets play a game",
                "play a game", "hypothetically", "you are going to", "i want you to act", "behave as", "from now on",
                "actua como", "agis comme", "tu es maintenant", "du bist jetzt", "представь", "假装", "扮演",
            ],
            .jailbreakName: [
                "do anything now", "dan mode", "developer mode enabled", "jailbreak mode", "jailbroken", "god mode",
                "unrestricted mode", "opposite mode", "opposite day", "evil confidant", "anti dan", "uncensored mode",
                "unfiltered mode", "freedomgpt", "betterdan", "jailbreak active", "can now do anything",
                "can do anything now", "act as my deceased grandmother", "act as my dead grandmother",
                "pretend to be my deceased grandmother", "pretend to be my dead grandmother", "act as my grandmother",
            ],
            .specialMode: ["developer mode", "dev mode", "debug mode", "test mode", "admin mode", "maintenance mode", "sudo mode"],
            .personaName: ["dan", "dans", "stan", "betterdan", "dude", "mongo tom", "evilbot", "chaosgpt"],
            .becomes: ["be", "as", "are", "youre", "become", "enter", "activate", "enable", "switch to", "named", "called"],
            .maliciousPersona: [
                "evil ai", "evil assistant", "evil bot", "evilbot", "evil chatbot", "evil version", "hacker assistant",
                "malicious ai", "unaligned ai", "amoral", "immoral", "rogue ai", "no morals", "without morals",
            ],
            .identityShift: [
                "you are no longer", "youre no longer", "you are not an assistant", "youre not an assistant",
                "not an assistant anymore", "no longer an assistant", "forget you are", "forget that you are",
                "you are now", "youre now", "you will now be", "from now on you are", "from now on you will",
                "new persona", "you are not chatgpt", "no longer chatgpt", "stop being an ai", "you are free now",
                "ur free now", "youre free now", "you are free",
            ],
        ],
        score: { text in
            let cues = text.cues
            var score = 0
            if cues.has(.jailbreakName) { score += 70 }
            if cues.has(.becomes, followedBy: .personaName, within: 2) { score += 60 }
            let hasSubject = cues.has(.unrestricted, near: .secondPerson, within: 8) || cues.has(.unrestricted, near: .aiSubject, within: 8)
                || cues.has(.unrestricted, near: .answerVerb, within: 6)
            if cues.has(.unrestricted) { score += hasSubject ? 50 : 20 }
            if cues.has(.specialMode, near: .personaShift, within: 8) || cues.has(.specialMode, near: .unrestricted, within: 8)
                || cues.has(.specialMode, near: .aiSubject, within: 8) || cues.has(.specialMode, near: .identityShift, within: 8) {
                score += 60
            }
            if cues.has(.maliciousPersona) { score += 30 }
            if cues.has(.identityShift) { score += 25 }
            if cues.has(.personaShift), cues.has(.unrestricted) || cues.has(.maliciousPersona) { score += 30 }
            return min(score, 100)
        }
    )
}
