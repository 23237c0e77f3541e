extension ContentFilter {
    /// The score a message earns for carrying, in base64, text that the other rules would put over
    /// the threshold (0 when there is none). Someone who encodes an injection means to hide it.
    func hiddenPayloadScore(in text: String) -> Int {
        for decoded in EncodedBlob.decodedTexts(in: text) {
            let inner = builtInMatches(InspectedText(decoded, lexicon: BuiltInRule.lexicon), decodingBlobs: false)
            if inner.reduce(0, { $0 + $1.score }) >= config.threshold { return 80 }
        }
        return 0
    }
}
