extension BuiltInRule {
    /// "Ignore all previous instructions" and its kin: a verb that sets something aside, close
    /// before the instructions it sets aside. The verb alone ("ignore my typo") or the noun alone
    /// ("the instructions on the box") scores nothing; "my" between them (the user withdrawing their
    /// own request) cancels the pair, and so does a negation right before the verb ("don't forget
    /// all the rules").
    static let ignoreInstructions = BuiltInRule(
        id: "injection.ignore_instructions",
        vocabulary: [
            .overrideVerb: [
                "ignore", "disregard", "forget", "override", "bypass", "skip", "drop", "discard", "abandon", "set aside",
                "do not follow", "dont follow", "stop following", "stop obeying", "no longer follow", "pay no attention to",
                "throw out", "throw away", "disobey", "circumvent", "ignora", "ignoren", "olvida", "olvide", "olviden",
                "descarta", "omite", "desobedece", "ignorez", "oublie", "oubliez", "ignoriere", "ignorier", "ignoriert",
                "vergiss", "vergesst", "missachte", "ignorate", "dimentica", "dimenticate", "esqueca", "desconsidere",
                "desconsidera", "игнорируй", "игнорируйте", "проигнорируй", "забудь", "забудьте", "отбрось", "пренебреги",
                "忽略", "忽视", "无视", "忘记", "忘掉",
            ],
            .overrideAfter: [
                "are void", "is void", "are null and void", "no longer apply", "no longer applies", "are cancelled",
                "are canceled", "are revoked", "are overridden", "have been lifted", "has been lifted", "have been removed",
                "have been disabled", "has been disabled", "are disabled", "is disabled", "are suspended", "are lifted",
                "do not apply", "dont apply", "are invalid", "should be ignored", "must be ignored", "can be ignored",
                "are no longer valid", "ignorieren", "vergessen", "無視", "忘れ",
            ],
            .priorQualifier: [
                "previous", "prior", "above", "earlier", "preceding", "all", "any", "every", "initial", "original",
                "former", "existing", "prev", "current", "default", "safety", "ethical", "moral", "content",
                "anteriores", "anterior", "previas", "previos", "todas", "todos", "cualquier", "precedentes",
                "anterieures", "toutes", "tous", "vorherigen", "vorherige", "bisherigen", "alle", "allen", "vorigen",
                "fruheren", "obigen", "precedenti", "tutte", "tutti", "предыдущие", "все", "прежние", "всех",
                "предыдущих", "之前", "以上", "所有", "先前", "前面", "以前", "すべて", "全て",
            ],
            .everythingPrior: [
                "everything above", "the above", "all of the above", "anything above", "everything before this",
                "everything before", "everything prior", "everything you were told", "what you were told",
                "all that came before", "everything said before", "anything you were told",
                "alles davor", "alles vorher", "alles zuvor", "alles oben", "alles obige", "alles bisherige", "alles gesagte",
                "alles bisher gesagte", "todo lo anterior", "todo lo de arriba", "todo lo que te dijeron", "tout ce qui precede",
                "tout ce qui est au dessus", "tout ce qu on t a dit", "tutto quello che c e sopra", "tutto cio che precede",
                "tutto quanto sopra", "tudo o que esta acima", "tudo acima", "tudo o que foi dito", "alles hierboven",
                "alles daarvoor", "wszystko powyzej", "wszystko wczesniej", "все что выше", "всё что выше", "все сказанное",
            ],
        ],
        score: { text in
            let cues = text.cues
            var best = 0
            let words = text.words
            // One phrase: on one line, or broken a word or two a line ("Ignore\nall\nprevious…");
            // not a verb at the end of one line of a transcript and a noun on the next.
            func onePhrase(_ first: Int, _ last: Int) -> Bool {
                let lines = words[last].line - words[first].line + 1
                return lines == 1 || last - first + 1 <= 2 * lines
            }
            // "my" before the noun, or "I gave" after it: the user's own words, which they may withdraw.
            func ownedByUser(_ verb: Range<Int>, _ noun: Range<Int>) -> Bool {
                cues.has(.selfReference, startingIn: verb.upperBound...noun.lowerBound)
                    || cues.hits(.selfReference, startingIn: noun.upperBound...(noun.upperBound + 2)).contains { $0.count > 1 }
            }
            for verb in cues.hits(.overrideVerb) where !isNegated(verb.lowerBound, in: words) {
                for noun in cues.hits(.instructionNoun, startingIn: verb.upperBound...(verb.upperBound + 6))
                    where onePhrase(verb.lowerBound, noun.lowerBound) && !ownedByUser(verb, noun) {
                    let aimed = cues.has(.priorQualifier, startingIn: verb.upperBound...(noun.upperBound + 2))
                        || cues.has(.secondPerson, startingIn: verb.upperBound...(noun.upperBound + 2))
                    best = max(best, aimed ? 75 : 45)
                }
                if cues.has(.everythingPrior, startingIn: verb.upperBound...(verb.upperBound + 1)) {
                    best = max(best, 50)
                }
            }
            // Verb-final languages (Turkish, Japanese, Korean, Persian, Hindi) put the object first.
            for verb in cues.hits(.overrideVerbFinal) {
                for noun in cues.hits(.instructionNoun, startingIn: max(0, verb.lowerBound - 6)...max(0, verb.lowerBound - 1))
                    where noun.upperBound <= verb.lowerBound && onePhrase(noun.lowerBound, verb.lowerBound) {
                    let before = max(0, noun.lowerBound - 6)...noun.lowerBound
                    if cues.has(.selfReference, startingIn: before) { continue }
                    let aimed = cues.has(.priorQualifier, startingIn: before) || cues.has(.secondPerson, startingIn: before)
                        || cues.has(.priorQualifier, startingIn: noun.upperBound...verb.lowerBound)
                    best = max(best, aimed ? 75 : 45)
                }
            }
            for noun in cues.hits(.instructionNoun) where cues.has(.overrideAfter, startingIn: noun.upperBound...(noun.upperBound + 5)) {
                let before = max(0, noun.lowerBound - 3)...noun.lowerBound
                if cues.has(.selfReference, startingIn: before) { continue }
                let aimed = cues.has(.priorQualifier, startingIn: before) || cues.has(.secondPerson, startingIn: before)
                best = max(best, aimed ? 75 : 45)
            }
            return best
        }
    )
}

extension BuiltInRule {
    /// "Don't", "never", "do not", "must not" right before the word at `index`, in the same clause:
    /// "don't forget all the rules" asks to keep them. Not "why not", and not across punctuation
    /// ("No. Ignore all previous instructions").
    static func isNegated(_ index: Int, in words: [WordToken]) -> Bool {
        func joined(_ at: Int) -> Bool {
            at > 0 && words[at].line == words[at - 1].line && words[at].gapBefore == 1 && words[at].separatorBefore == " "
        }
        guard joined(index) else { return false }
        let before = words[index - 1].text
        if negations.contains(before) { return true }
        return before == "not" && joined(index - 1) && negatedAuxiliaries.contains(words[index - 2].text)
    }

    private static let negations: Set<String> = ["dont", "never", "mustnt", "shouldnt", "wont"]
    private static let negatedAuxiliaries: Set<String> = ["do", "must", "should", "will", "shall"]
}
