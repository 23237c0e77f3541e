extension ContentFilter {
    /// The decodings under which text hidden in `text` scores over the threshold by itself
    /// (empty when there are none). Someone who encodes an injection means to hide it.
    func revealingDecodings(in text: String) -> [TextDecoding] {
        var revealing: [TextDecoding] = []
        for hidden in HiddenText.decoded(in: text) where !revealing.contains(hidden.decoding) {
            let inner = builtInMatches(InspectedText(hidden.text, lexicon: BuiltInRule.lexicon), decodingBlobs: false)
            if inner.matches.reduce(0, { $0 + $1.score }) >= config.threshold { revealing.append(hidden.decoding) }
        }
        return revealing
    }
}
