extension ScanBuffer {
    /// An API key recognised by its vendor prefix at `i` (`sk-ant-`, `sk-`, `ghp_`, `AKIA`, `xoxb-`,
    /// `AIza`). The whole run of key characters is taken, so a longer key is not half-redacted.
    func vendorKey(at i: Int, enabled mask: UInt32) -> (RedactionKind, Range<Int>)? {
        switch self[i] {
        case UInt8(ascii: "s"):
            guard has("sk-", at: i) else { return nil }
            if has("sk-ant-", at: i) { return key(.anthropic, i, body: i + 7, minimum: 20, mask) }
            for marker: StaticString in ["sk-proj-", "sk-svcacct-", "sk-admin-"] where has(marker, at: i) {
                return key(.openai, i, body: i + marker.utf8CodeUnitCount, minimum: 20, mask)
            }
            // Newer OpenAI keys have no marker; a digit among the first 40 characters keeps
            // `sk-learn-...` slugs out, and looking no further keeps a failed probe bounded.
            let probe = run(from: i + 3, limit: 40, ASCIIByte.isToken)
            guard probe - (i + 3) >= 20, (i + 3..<probe).contains(where: { ASCIIByte.isDigit(self[$0]) }) else { return nil }
            return key(.openai, i, body: i + 3, minimum: 20, mask)
        case UInt8(ascii: "g"):
            if has("github_pat_", at: i) { return key(.github, i, body: i + 11, minimum: 22, mask) }
            guard has("gh", at: i), [UInt8(ascii: "p"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "s"), UInt8(ascii: "r")].contains(self[i + 2]),
                  self[i + 3] == UInt8(ascii: "_") else { return nil }
            return key(.github, i, body: i + 4, minimum: 30, mask)
        case UInt8(ascii: "x"):
            guard has("xox", at: i), [UInt8(ascii: "b"), UInt8(ascii: "a"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "s")].contains(self[i + 3]),
                  self[i + 4] == UInt8(ascii: "-") else { return nil }
            return key(.slack, i, body: i + 5, minimum: 10, mask)
        case UInt8(ascii: "A"):
            if has("AIza", at: i) { return key(.google, i, body: i + 4, minimum: 35, mask) }
            return awsAccessKey(at: i, mask)
        default:
            return nil
        }
    }

    private func key(_ kind: RedactionKind, _ start: Int, body: Int, minimum: Int, _ mask: UInt32) -> (RedactionKind, Range<Int>)? {
        guard mask & kind.bit != 0 else { return nil }
        let end = run(from: body, ASCIIByte.isToken)
        return end - body >= minimum ? (kind, start..<end) : nil
    }

    /// `AKIA`/`ASIA` (and the other AWS id prefixes) followed by exactly 16 of `[0-9A-Z]`.
    private func awsAccessKey(at i: Int, _ mask: UInt32) -> (RedactionKind, Range<Int>)? {
        guard mask & RedactionKind.aws.bit != 0 else { return nil }
        let end = run(from: i, limit: 21) { ASCIIByte.isUpper($0) || ASCIIByte.isDigit($0) }
        guard end - i == 20, !ASCIIByte.isToken(self[end]) else { return nil }
        let prefixes: [StaticString] = ["AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA", "ABIA", "ACCA"]
        return prefixes.contains(where: { has($0, at: i) }) ? (.aws, i..<end) : nil
    }
}
