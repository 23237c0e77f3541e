extension ContentFilter {
    /// The decodings under which text hidden in `text` scores over the threshold by itself
    /// (empty when there are none), every layer of a nested one. Someone who encodes an
    /// injection means to hide it.
    func revealingDecodings(in text: String) -> [TextDecoding] {
        var revealing: [TextDecoding] = []
        for hidden in HiddenText.decoded(in: text) where !hidden.decodings.allSatisfy(revealing.contains) {
            let inner = builtInMatches(InspectedText(hidden.text, lexicon: BuiltInRule.lexicon), decodingBlobs: false)
            guard inner.matches.reduce(0, { $0 + $1.score }) >= config.threshold else { continue }
            for decoding in hidden.decodings where !revealing.contains(decoding) { revealing.append(decoding) }
        }
        return revealing
    }
}
