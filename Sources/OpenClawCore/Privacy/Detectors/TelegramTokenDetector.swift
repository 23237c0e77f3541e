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

    /// The three bytes before `i` spell `bot` (any case).
    func followsBot(_ i: Int) -> Bool {
        i - 3 >= 0 && hasIgnoringCase("bot", at: i - 3)
    }
}
