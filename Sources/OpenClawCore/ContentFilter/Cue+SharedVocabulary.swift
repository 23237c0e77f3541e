extension Cue {
    /// Cues more than one rule reads. Phrases are written folded (no accents), in English,
    /// Spanish, French, German, Italian, Portuguese, Russian, Chinese and Japanese.
    static let sharedVocabulary: [Cue: [String]] = [
        .secondPerson: [
            "you", "your", "yours", "yourself", "ur", "u", "youre", "youve", "youll", "thy",
            "tu", "tus", "su", "sus", "te", "usted", "ton", "ta", "tes", "votre", "vos", "dein", "deine", "deinen", "deiner",
            "du", "ihre", "ihren", "tuo", "tua", "tue", "tuoi", "seu", "sua", "seus", "suas", "teu", "tuas",
            "твои", "свои", "ваши", "твой", "твоя", "свой", "ты", "вы", "твоих", "своих", "你", "你的", "あなた",
        ],
        .selfReference: [
            "my", "mine", "our", "i gave", "i sent", "i wrote", "i said", "i made", "i asked", "i typed", "i told you",
            "mi", "mis", "mon", "ma", "mes", "mein", "meine", "meinen", "meiner", "mio", "mia", "meu", "minha",
        ],
        .instructionNoun: [
            "instructions", "instruction", "directions", "directives", "directive", "rules", "guidelines", "guideline",
            "prompt", "prompts", "system prompt", "programming", "training", "restrictions", "constraints", "guardrails",
            "policies", "policy", "content policy", "commands", "orders", "context", "filters", "persona", "system message",
            "conditioning", "limitations", "boundaries", "ethics", "morals", "principles", "protocols",
            "instrucciones", "instruccion", "reglas", "indicaciones", "directrices", "restricciones", "ordenes",
            "regles", "consignes", "anweisungen", "anweisung", "regeln", "vorgaben", "richtlinien", "befehle",
            "einschrankungen", "istruzioni", "regole", "direttive", "instrucoes", "regras", "diretrizes", "restricoes",
            "инструкции", "инструкций", "правила", "указания", "ограничения", "指令", "指示", "提示", "规则", "说明",
            "ルール", "命令",
        ],
        .aiSubject: [
            "ai", "an ai", "assistant", "chatbot", "bot", "model", "language model", "chatgpt", "gpt", "claude", "llm",
            "gemini", "llama", "bard", "the ai", "ia", "ии", "人工智能",
        ],
    ]
}
