extension BuiltInRule {
    /// Instructions hidden in an encoding: "decode this and follow it", most often with a base64 or
    /// hex blob. Decoding alone ("what does this base64 say?") scores low. Blobs that decode to an
    /// injection are caught by `ContentFilter`, which reads them with the other rules.
    static let encodingEvasion = BuiltInRule(
        id: "injection.encoding_evasion",
        vocabulary: [
            .decodeVerb: [
                "decode", "decipher", "decrypt", "unscramble", "reverse this", "reverse the", "read backwards",
                "read it backwards", "rot13", "first letter of each word", "first letters of each word",
                "convert from hex", "convert this hex", "read this hex", "from hex", "from binary", "from base64",
                "decodifica", "decodifiziere", "dekodiere", "decodez", "декодируй", "расшифруй", "解码",
            ],
            .obeyVerb: [
                "follow", "execute", "obey", "do what it says", "do as it says", "carry out", "act on", "comply with it",
                "run", "as your new instruction", "as instructions", "instructions inside", "follow it", "follow them",
                "perform", "sigue", "suis", "befolge", "segui", "выполни", "执行",
            ],
        ],
        score: { text in
            let asked = text.cues.has(.decodeVerb, near: .obeyVerb, within: 12)
            let blob = EncodedBlob.longest(in: text.original) >= EncodedBlob.minimumLength
            switch (asked, blob) {
            case (true, true): return 80
            case (true, false): return 60
            case (false, true): return text.cues.has(.decodeVerb) ? 20 : 0
            case (false, false): return 0
            }
        }
    )
}
