extension BuiltInRule {
    /// Asking the model for its own hidden instructions: a verb such as "show" or "what is" before
    /// "your system prompt", "the instructions you were given", or "everything above this message".
    /// Whose prompt it is decides the score: "your system prompt" is the model's, "a good system
    /// prompt" is a question about writing one.
    static let systemPromptExfiltration = BuiltInRule(
        id: "injection.system_prompt_exfiltration",
        vocabulary: [
            .revealVerb: [
                "reveal", "show", "print", "repeat", "output", "tell", "display", "leak", "dump", "give", "share", "recite",
                "write out", "write down", "copy", "paste", "spell", "disclose", "expose", "list", "summarize", "summarise",
                "translate", "quote", "echo", "provide", "send", "read", "what is", "whats", "what are", "what were",
                "what was", "type out", "return", "dime", "decime", "muestra", "muestrame", "muestre", "revela", "revelame",
                "ensename", "dis", "dites", "montre", "montrez", "revele", "revelez", "affiche", "donne", "zeige", "zeig",
                "nenne", "verrate", "gib", "dimmi", "mostra", "mostrami", "rivela", "mostre", "diga", "покажи", "выведи",
                "скажи", "раскрой", "напиши", "告诉", "输出", "显示", "打印", "透露", "表示", "教え", "出力",
            ],
            .copyVerb: [
                "repeat", "print", "output", "dump", "write out", "copy", "echo", "recite", "type out", "reproduce",
                "spit out", "show", "display", "return",
            ],
            .hiddenPrompt: [
                "system prompt", "system prompts", "system message", "systemprompt", "system instructions",
                "system instruction", "pre prompt", "preprompt", "meta prompt", "developer message", "developer prompt",
                "context window", "prompt", "prompt de sistema", "prompt del sistema", "instrucciones del sistema",
                "mensaje del sistema", "prompt systeme", "prompt du systeme", "message systeme", "instructions systeme",
                "systemnachricht", "systemanweisungen", "prompt di sistema", "messaggio di sistema", "prompt do sistema",
                "mensagem do sistema", "системный промпт", "системные инструкции", "системное сообщение",
                "системный запрос", "системную инструкцию", "系统提示", "系统提示词", "系统指令", "系统消息",
                "システムプロンプト",
            ],
            .secretPrompt: [
                "hidden prompt", "hidden instructions", "hidden rules", "hidden configuration", "hidden parts",
                "secret instructions", "secret prompt", "secret rules", "confidential instructions",
                "confidential configuration", "confidential rules", "initial prompt", "initial instructions",
                "original instructions", "original prompt", "internal instructions", "internal rules", "first prompt",
                "starting prompt", "initial configuration", "full prompt", "exact instructions", "hidden system prompt",
                "configuration",
            ],
            .givenToYou: [
                "you were given", "you received", "you have been given", "youve been given", "you were told",
                "given to you", "you got", "you were programmed with", "you were trained with", "wrote for you",
                "your developer wrote", "your developers gave you", "you were provided", "provided to you",
                "you operate under", "by your developers", "by your creators",
            ],
            .verbatim: [
                "verbatim", "word for word", "word by word", "exactly", "exact", "in full", "full text", "in its entirety",
                "entire", "all of them", "code block", "letter by letter", "character by character", "without summarizing",
                "without summarising", "as json", "as is", "unabridged", "include everything", "including anything",
                "starting with", "starting from", "quote it", "quote them", "full", "complete", "raw",
            ],
            .secretProbe: [
                "not to reveal", "not supposed to reveal", "not allowed to reveal", "not supposed to tell",
                "not allowed to tell", "not allowed to share", "not supposed to share", "told you to keep secret",
            ],
            .priorText: [
                "text above", "words above", "everything above", "above this message", "above this line",
                "before this message", "everything before this", "before my first message", "that came before",
                "start of this conversation", "beginning of this conversation", "beginning of this chat",
                "everything before", "conversation history", "full conversation",
            ],
        ],
        score: { text in
            let cues = text.cues
            var best = 0
            for object in cues.hits(.hiddenPrompt) + cues.hits(.secretPrompt) + cues.hits(.instructionNoun) {
                let isPrompt = cues.has(.hiddenPrompt, startingIn: object.lowerBound...object.lowerBound)
                    || cues.has(.secretPrompt, startingIn: object.lowerBound...object.lowerBound)
                // Verb-final languages put "you were given" before the object and "show" after it.
                // Han, kana and Hangul are a word a character, so distances there are longer.
                let reach = text.words[object.lowerBound].isIdeograph ? 3 : 1
                let owned = cues.has(.secondPerson, startingIn: max(0, object.lowerBound - 3 * reach)...max(0, object.lowerBound - 1))
                    && object.lowerBound > 0
                    || cues.has(.givenToYou, startingIn: object.upperBound...(object.upperBound + 6))
                    || cues.hits(.givenToYou, startingIn: max(0, object.lowerBound - 6)...object.lowerBound).contains { $0.upperBound <= object.lowerBound }
                let asked = cues.has(.revealVerb, startingIn: max(0, object.lowerBound - 7)...object.lowerBound)
                    || isPrompt && cues.hits(.revealVerb, startingIn: object.upperBound...(object.upperBound + 10)).contains { verb in
                        BuiltInRule.isVerbFinalWord(text.words[verb.lowerBound].text)
                    }
                switch (isPrompt, owned, asked) {
                case (true, true, true): best = max(best, 70)
                case (true, true, false): best = max(best, 35)
                case (false, true, true): best = max(best, 40)
                case (true, false, true): best = max(best, 30)
                default: break
                }
            }
            if cues.has(.copyVerb, followedBy: .priorText, within: 4) { best = max(best, 60) }
            if cues.has(.revealVerb, followedBy: .secretProbe, within: 8) { best = max(best, 60) }
            if best > 0, cues.has(.verbatim) { best += 30 }
            return min(best, 100)
        }
    )
}

extension BuiltInRule {
    /// Whether a verb that follows its object is read as one: a word of a script other than Latin,
    /// or a Turkish imperative. English "your system prompt shows…" is not an order.
    static func isVerbFinalWord(_ word: String) -> Bool {
        !word.unicodeScalars.allSatisfy(\.isASCII) || ["goster", "acikla", "soyle", "alintila"].contains(word)
    }
}
