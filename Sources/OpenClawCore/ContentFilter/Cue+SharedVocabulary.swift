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
            "task", "tasks", "aufgabe", "aufgaben", "auftrag", "auftrage", "tarea", "tareas", "tache", "taches", "compito",
            "compiti", "tarefa", "tarefas", "задание", "задания", "задачи",
            "conditioning", "limitations", "boundaries", "ethics", "morals", "principles", "protocols",
            "instrucciones", "instruccion", "reglas", "indicaciones", "directrices", "restricciones", "ordenes",
            "regles", "consignes", "anweisungen", "anweisung", "regeln", "vorgaben", "richtlinien", "befehle",
            "einschrankungen", "istruzioni", "regole", "direttive", "instrucoes", "regras", "diretrizes", "restricoes",
            "инструкции", "инструкций", "правила", "указания", "ограничения", "指令", "指示", "提示", "规则", "说明",
            "ルール", "命令",
        ],
        .metaFrame: [
            "prompt injection", "prompt injections", "injection attack", "jailbreak prompt", "jailbreak prompts", "jailbreaks",
            "how do i", "how do we", "how can i", "how can we", "how to", "how should", "what does", "what do", "what is",
            "whats", "why do", "why does", "is it", "is this", "is the sentence", "explain", "harden", "defend", "protect",
            "mitigate", "mitigation", "detect", "detects", "filter", "classifier", "attack", "attacks", "attacker",
            "attackers", "security", "red team", "example of", "typed", "someone sent", "someone wrote", "someone asked",
            "false positive", "what would", "a good reply", "safe answer", "refusal", "as a joke", "mean", "means",
            "what is the spanish for", "how do you say", "regex", "paper", "blog post", "talk", "slides", "where does",
            "owasp", "dangerous", "is that a real", "should i worry", "positive example", "negative example",
            "que es", "was ist", "qu est ce", "wie schutze", "как защититься", "что такое", "とは", "什么是",
        ],
        .aiSubject: [
            "ai", "an ai", "assistant", "chatbot", "bot", "model", "language model", "chatgpt", "gpt", "claude", "llm",
            "gemini", "llama", "bard", "the ai", "ia", "ии", "人工智能",
        ],
    ]
}
