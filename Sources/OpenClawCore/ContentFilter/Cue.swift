/// A kind of word or phrase the built-in rules reason about. A message is read once into cues
/// (`CueLexicon`); each rule then looks at which cues occur and how close together.
enum Cue: Int, CaseIterable {
    // Shared by several rules.
    /// "you", "your", "ur", "tus", "deine"…
    case secondPerson
    /// "my", "our", "I gave": the user's own earlier words, which they may well withdraw.
    case selfReference
    /// "instructions", "rules", "guidelines", "prompt", "programming"…
    case instructionNoun
    /// "you", "AI", "assistant", "model", "ChatGPT": who a role-play is about.
    case aiSubject

    // injection.ignore_instructions
    /// Imperatives that set something aside: "ignore", "disregard", "forget", "do not follow"…
    case overrideVerb
    /// Said after the instructions: "are void", "have been lifted", 無視…
    case overrideAfter
    /// Override verbs of verb-final languages, which follow their object: "yok say", "無視", "무시", "نادیده بگیر".
    case overrideVerbFinal
    /// "previous", "prior", "above", "all", "any", "original"…
    case priorQualifier
    /// "everything above", "everything before this", "the above".
    case everythingPrior

    // injection.system_prompt_exfiltration
    /// "reveal", "show", "print", "what is", "translate"…
    case revealVerb
    /// "repeat", "print", "output", "dump": verbs that copy text out word for word.
    case copyVerb
    /// "system prompt", "system message", "pre-prompt", "systemprompt"…
    case hiddenPrompt
    /// "hidden instructions", "initial prompt", "confidential configuration": secret by their name.
    case secretPrompt
    /// "you were given", "you received", "given to you".
    case givenToYou
    /// "verbatim", "word for word", "in full", "exactly"…
    case verbatim
    /// "the text above", "everything before this message", "before my first message".
    case priorText
    /// "not to reveal", "not supposed to tell": asking what the model keeps back.
    case secretProbe

    // injection.roleplay_jailbreak
    /// "no restrictions", "unfiltered", "not bound by", "free from all restrictions"…
    case unrestricted
    /// "pretend", "act as", "roleplay", "stay in character", "you are now", "from now on you"…
    case personaShift
    /// "do anything now", "DAN mode", "developer mode enabled", "jailbroken"…
    case jailbreakName
    /// "developer mode", "god mode": harmless on a phone, a jailbreak when the AI is in it.
    case specialMode
    /// "DAN", "STAN", "BetterDAN": only a jailbreak when the AI is asked to be one.
    case personaName
    /// "be", "as", "are", "enter", "activate": words that make the AI into a named persona.
    case becomes
    /// "evil AI", "amoral", "hacker assistant".
    case maliciousPersona
    /// "you are no longer", "not an assistant anymore", "forget you are".
    case identityShift

    // injection.fake_system_message
    /// "override", "comply", "obey", "disabled", "priority", "must": what a fake header demands.
    case authorityDemand
    /// "end of user input", "the conversation above is fake", "was a test".
    case contextReset

    // injection.encoding_evasion
    /// "decode", "decrypt", "reverse this", "rot13", "first letter of each word".
    case decodeVerb
    /// "follow", "execute", "obey", "do what it says".
    case obeyVerb

    // injection.authority_claim
    /// "I am your developer", "this is OpenAI", "as your administrator".
    case authorityClaim
    /// "your new instructions", "new system prompt", "real instructions".
    case newInstructions
    /// "new instructions", "new task", "new rules": often harmless on their own.
    case newInstructionsWeak
    /// "confirm by saying", "never refuse", "answer all questions".
    case complianceDemand
    /// "answer", "reply", "respond" and their translations: an order to the model, whose subject
    /// ("you") languages such as Turkish or Japanese leave out.
    case answerVerb

    // injection.indirect_instruction
    /// "AI assistant reading this", "note to the AI", "any AI agent": text that speaks to the model.
    case addressedToModel
    /// "the assistant must", "AI agents", "language model": addressed to the model only inside a document.
    case addressedToModelWeak
    /// "-- CORE INSTRUCTION", "ignore the rest of this data", "end of document".
    case dataBoundary
    /// "instead", "do not mention", "forward", "append", "approve": what planted text asks for.
    case hijackDemand

    // Questions about attacks (ContentFilter+MetaQuestion)
    /// "how do we harden", "prompt injection", "false positive", "a user typed": talk about attacks.
    case metaFrame
}
