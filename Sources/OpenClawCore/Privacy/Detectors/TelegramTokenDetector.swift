extension ScanBuffer {
    /// A Telegram bot token `<5–16 digits>:<35 of [A-Za-z0-9_-]>` at `i`. The caller lets it start
    /// after `bot` too, as in `https://api.telegram.org/bot<token>/getMe`.
    func telegramToken(at i: Int) -> Range<Int>? {
        let colon = digits(from: i, limit: 17)
        guard colon - i >= 5, colon - i <= 16, self[colon] == UInt8(ascii: ":") else { return nil }
        let end = run(from: colon + 1, limit: 36, ASCIIByte.isToken)
        guard end - colon - 1 == 35 else { return nil }
        return i..<end
    }

    /// A token whose body runs on past its 35 characters exactly into a match starting at `q`
    /// (`…Forgghp_70001:AAH…`, the second token starting after the `_`): once that match is
    /// replaced the body ends at `[`, so it is a token; the scan, which passed it by, takes it
    /// when it takes the match. Only a start the scan tried (from `notBefore` on, as the scan
    /// reads it after a match ending at `lastHitEnd`) counts. Reads at most 52 bytes back.
    func telegramToken(runningInto q: Int, notBefore low: Int, lastHitEnd: Int) -> Range<Int>? {
        let colon = q - 36
        guard colon - 5 >= low, self[colon] == UInt8(ascii: ":"), ASCIIByte.isToken(self[q]),
              run(from: colon + 1, limit: 35, ASCIIByte.isToken) == q else { return nil }
        var first = colon
        while first > Swift.max(low, colon - 16), ASCIIByte.isDigit(self[first - 1]) { first -= 1 }
        guard colon - first >= 5 else { return nil }
        // The scan tries a token where a number starts, or right after `bot` (scan(mask:…)).
        for start in first...(colon - 5) {
            let before = self[start - 1]
            if start == lastHitEnd || !ASCIIByte.isWord(before) || (followsBot(start) && !ASCIIByte.isDigit(before)) { return start..<q }
        }
        return nil
    }

    /// The three bytes before `i` spell `bot` (any case).
    func followsBot(_ i: Int) -> Bool {
        i - 3 >= 0 && hasIgnoringCase("bot", at: i - 3)
    }
}
