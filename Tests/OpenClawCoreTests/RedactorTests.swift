#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OpenClawCore
import Testing

/// The redactor as a whole: configuration, byte input, idempotence and linear time.
struct RedactorTests {
    private let redactor = Redactor()
    private let mixed = "user alice@example.com from 192.168.1.10 paid with 4111 1111 1111 1111, call +1 415 555 0100, "
        + "bot \(DetectorSecretTests.telegram) key \(DetectorSecretTests.anthropic) password=fake"

    @Test func everythingInOneLine() {
        #expect(redactor.redact(mixed) == "user [EMAIL] from [IP] paid with [CREDIT_CARD], call [PHONE], "
            + "bot [SECRET:telegram] key [SECRET:anthropic] password=[SECRET:assignment]")
        #expect(redactor.findings(in: mixed).map(\.kind) == [.email, .ip, .creditCard, .phone, .telegram, .anthropic, .assignment])
    }

    @Test func adjacentNumbersStaySeparate() {
        #expect(redactor.redact("+1 415 555 0100 4111 1111 1111 1111") == "[PHONE] [CREDIT_CARD]")
        // Without a `+`, a phone-shaped start of a longer run of digit groups is a reference, not a phone.
        #expect(redactor.redact("555 123 4567 8901") == "555 123 4567 8901")
    }

    @Test func findingRangesAreUTF8Offsets() {
        let text = "é alice@example.com"
        #expect(redactor.findings(in: text) == [Redactor.Finding(kind: .email, range: 3..<20)])
    }

    /// Found by fuzzing (docs/RELIABILITY.md, minimised input): an IPv6-looking prefix before a
    /// run of digit groups; the redacted text must hold nothing the redactor would still find.
    @Test func fuzzFindingNothingDetectableIsLeftAfterAnIPv6LikePrefix() {
        let once = redactor.redact("::7 1 994.771")
        #expect(redactor.findings(in: once).isEmpty)
        #expect(redactor.redact(once) == once)
    }

    /// Fuzz finding 4 (docs/RELIABILITY.md, minimised input): the first pass took `+1101116` as a
    /// phone and left `+6161616`, glued to its last digit, alone; once the phone was replaced the
    /// `+` followed `]` and a second pass found another phone.
    @Test func fuzzFindingAPhoneGluedToAReplacedPhoneIsFoundOnTheFirstPass() {
        let once = redactor.redact("+1101116+6161616")
        #expect(redactor.findings(in: once).isEmpty, "\(once)")
        #expect(redactor.redact(once) == once)
    }

    /// Fuzz finding 8 (docs/RELIABILITY.md, minimised input): `4111.1111.01` is a phone, and the
    /// `%20` after it sends the scan to a folded view starting at the `+`; that view read the `+`
    /// as glued to the phone's last digit, so `+1 111%201111` was found only once the first phone
    /// was replaced and the `+` followed `]`.
    @Test func fuzzFindingAPhoneInAFoldedViewRightAfterAPhoneIsFoundOnTheFirstPass() {
        let once = redactor.redact("4111.1111.01+1 111%201111")
        #expect(once == "[PHONE][PHONE]")
        #expect(redactor.findings(in: once).isEmpty, "\(once)")
        #expect(redactor.redact(once) == once)
    }

    /// Fuzz finding 9 (docs/RELIABILITY.md, minimised input): `0::5::` is no address (two `::`),
    /// but the scan took `5::` after the first `::` as one; once it was replaced, `0::` before `[IP]`
    /// was an address and a second pass found it.
    /// And fuzz finding 12: after a match that ends at the colon (`+1128001:9::`), the colon ends
    /// no group, since the match reads as its replacement (`[PHONE]:9::`), so `9::` is an address.
    @Test(arguments: ["0::5::", "+1128001:9::"])
    func fuzzFindingNoAddressIsTakenFromInsideARunOfGroups(text: String) {
        expectNothingLeftAfterOnePass(text, by: redactor)
    }

    /// Fuzz finding 13 (docs/RELIABILITY.md, minimised input): `67-25256` as written is a phone that
    /// starts inside the escape `%67` (a `g`), which the folded view read glued to `55`; once the
    /// phone was replaced, `55%` ended a number and a second pass found `0056666\u{2009}55` as a
    /// phone. The view now reads an escape a match breaks as written, so both are found at once.
    @Test func fuzzFindingANumberBeforeAMatchInsideAnEscapeIsFoundOnTheFirstPass() {
        let once = redactor.redact("0056666\u{2009}55%67-25256")
        #expect(once == "[PHONE]%[PHONE]")
        #expect(redactor.findings(in: once).isEmpty, "\(once)")
        #expect(redactor.redact(once) == once)
    }

    /// Fuzz finding 14 (docs/RELIABILITY.md, minimised input): the first token's body runs on
    /// past 35 characters into `70001:…`, which starts after `_` and is a token itself; once that
    /// one is replaced, the first body ends at `[` after exactly 35. A token whose body runs on
    /// exactly into a match is taken with it, also along a chain of them.
    @Test(arguments: [
        "00001:AAHFAKEfuzzFAKEfuzzFAKEfuzzForgghp_70001:AAHFAKEfuzzFAKEfuzzFAKEfuzzFAKEfuzz",
        "00001:AAHFAKEfuzzFAKEfuzzFAKEfuzzForgghp_70001:AAHFAKEfuzzFAKEfuzzFAKEfuzzForgghp-70001:AAHFAKEfuzzFAKEfuzzFAKEfuzzFAKEfuzz",
    ])
    func fuzzFindingATokenBodyRunningIntoAnotherTokenIsFoundOnTheFirstPass(text: String) {
        let secretsOnly = Redactor(.secretsOnly)
        let once = secretsOnly.redact(text)
        #expect(!once.contains("AAH"), "\(once)")
        #expect(secretsOnly.findings(in: once).isEmpty, "\(once)")
        #expect(secretsOnly.redact(once) == once)
        // A body running on into no match stays no token.
        #expect(secretsOnly.redact("00001:AAHFAKEfuzzFAKEfuzzFAKEfuzzForgghp_7") == "00001:AAHFAKEfuzzFAKEfuzzFAKEfuzzForgghp_7")
    }

    /// Fuzz findings 15 and 16 (docs/RELIABILITY.md, minimised inputs): a form view, opened by a
    /// `+` after `=` (`3+6`) or an escape in a form, reached back to the line's start, but the
    /// first pass stopped it at the match before (`::6`, `+2192168`); once that was replaced the
    /// view reached over `[IP]` and read `+211+0123` as a phone. A view now stops at a `]` as the
    /// first pass stops at the match, and the `=` that makes a `+` a space (here 65 bytes back,
    /// beyond the look-back, until the key is replaced) is looked for back to the last match only.
    @Test(arguments: [
        "+211+0123+::6=3+6", "0442811+10=+2192168+0+0", "+211+0123+::6=%33+6", "+211+0123+::6&%33+6",
        "x=ghp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA,0301+2345678",
    ])
    func fuzzFindingAFormViewDoesNotReachBackOverAMatch(text: String) {
        expectNothingLeftAfterOnePass(text, by: redactor)
    }

    /// Fuzz finding 17 (docs/RELIABILITY.md, minimised input): the thin space in the value sends
    /// the scan to a folded view, where the value is `6` and `1 0…` after it runs on, so `0` is no
    /// number's start; as written the value is `6\u{2009}1`, and the union replaced that. The view
    /// now reads what follows a match as written as following its replacement: `0\u{2009}0566…` is
    /// found at once.
    @Test func fuzzFindingANumberAfterAValueTakenWholeAsWrittenIsFoundOnTheFirstPass() {
        let once = redactor.redact("passwd=6\u{2009}1 0\u{2009}0566\u{2009}5566")
        #expect(once == "passwd=[SECRET:assignment] [PHONE]")
        #expect(redactor.findings(in: once).isEmpty, "\(once)")
        #expect(redactor.redact(once) == once)
    }

    /// Found while analysing findings 15 to 17 (docs/RELIABILITY.md, findings 18 and 19): the words
    /// before a number and whether a view is a form body were read from inside an earlier match
    /// (`id`, the email's last label; the `=` before a key), which a second pass reads replaced.
    @Test(arguments: [
        "mail alice@example.id 030 1234567",
        "a=ghp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA 0301+2345678%20x",
    ])
    func nothingBeforeANumberIsReadFromInsideAnEarlierMatch(text: String) {
        expectNothingLeftAfterOnePass(text, by: redactor)
    }

    /// Fuzz finding 20 (docs/RELIABILITY.md, minimised input): `3.1.2.3` is an address as written;
    /// the view reads `%30` as a `0` glued to its last `3`, so `02.2.2.2` after it was no number
    /// until the address was replaced and a second pass read it after `]`. Right after a match the
    /// byte before reads as the replacement's `]`.
    @Test func fuzzFindingANumberRightAfterAMatchAsWrittenIsFoundOnTheFirstPass() {
        let once = redactor.redact("3.1.2.3%302.2.2.2")
        #expect(once == "[IP][IP]")
        #expect(redactor.findings(in: once).isEmpty, "\(once)")
        #expect(redactor.redact(once) == once)
    }

    /// Fuzz finding 21 (docs/RELIABILITY.md, minimised input): the view opened by the spaced digits
    /// took in `0+0`, a `+` after `=` that opens a form view of its own, but read no `+` as a
    /// space; once the phone was replaced, that `+` opened its view, which read `+110+8000` as a
    /// phone. A view that takes in such a `+` is read as a form body, as that `+`'s view would be.
    @Test func fuzzFindingAViewTakingInAFormSpaceReadsAsAFormBody() {
        let once = redactor.redact("0 1 7 6 1 3 4 561+110+8000=0+0")
        #expect(redactor.findings(in: once).isEmpty, "\(once)")
        #expect(redactor.redact(once) == once)
    }

    /// Fuzz finding 22 (docs/RELIABILITY.md, first input minimised): the form view opened at `4+1`
    /// stopped at the space in `BEGIN PRIVATE KEY`, and the key ran on past it; the scan went on
    /// after the key as plain text, where `04280000+` is no phone. Once replaced, the key is one
    /// token, the second pass's form view went on over it and read a phone. A view goes on after a
    /// match that runs on past it. Since finding 51 a `+` is a space only after its own `=`, which
    /// `04280000+` is not (a space of the key's header lies between): both passes read it plain.
    @Test(arguments: [
        "n=4+1+-----BEGIN PRIVATE KEY-----*04280000+",
        "n=4+1+-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----*04280000+",
        "n=4+1+-----BEGIN PRIVATE KEY-----*04280000+-----BEGIN PRIVATE KEY-----*04280000+",
    ])
    func fuzzFindingAViewGoesOnAfterAMatchThatRanOnPastIt(text: String) {
        let once = redactor.redact(text)
        #expect(once.hasSuffix("[SECRET:private_key]*04280000+"), "\(once)")
        #expect(redactor.findings(in: once).isEmpty, "\(once)")
        #expect(redactor.redact(once) == once)
    }

    /// Fuzz finding 26 (docs/RELIABILITY.md, minimised input): `2001:db8::0.2.2.38` followed by a
    /// colon is no address (nothing follows an embedded quad), so the first pass took only the quad;
    /// once it was `[IP]`, `2001:db8::` before it read as an address. A quad right after `::` takes
    /// in the address that ends there.
    @Test(arguments: [
        ("2001:db8::0.2.2.38:db8::0.2.2.380", "[IP]:db8::0.2.2.380"),
        ("peer 2001:db8::1.2.3.4:443 ok", "peer [IP]:443 ok"),
        ("::ffff:10.0.0.1:8080", "::ffff:[IP]:8080"),
        // Fuzz finding 28: `8` after a colon that ends no group is a start the scan tries.
        (":8::0.4.2.3:", ":[IP]:"),
    ])
    func fuzzFindingAnIPv6PrefixBeforeAQuadIsTakenWithIt(text: String, expected: String) {
        let once = redactor.redact(text)
        #expect(once == expected)
        #expect(redactor.findings(in: once).isEmpty, "\(once)")
        #expect(redactor.redact(once) == once)
    }

    /// Fuzz finding 30 (docs/RELIABILITY.md, minimised input): the view drops the zero-width
    /// space, so `03536` ran on into `03126-126`, which the bytes as written match as a phone;
    /// once that phone was `[PHONE]`, `536-\u{200B}03536` before it ended at `[` and read as a
    /// phone. The view is read once more keeping a character it dropped right before such a match.
    @Test(arguments: ["536-\u{200B}03536\u{200B}03126-126", "536-\u{200B}03536-\u{200B}03-126-1268"])
    func fuzzFindingANumberBeforeAMatchAfterAnInvisibleCharacterIsFoundOnTheFirstPass(text: String) {
        expectNothingLeftAfterOnePass(text, by: redactor)
        #expect(!redactor.redact(text).contains("03536"))
    }

    /// Fuzz finding 32 (docs/RELIABILITY.md, minimised input): as written, `3::` after
    /// `:\u{200B}:` was an address (the colon before it ended no group); folded, `8::3::` holds two
    /// `::` and is none. Once `3::` was `[IP]`, a second pass's view read `8::` before it as one.
    /// The colon run is now read folded where it is written: invisible characters and look-alike
    /// colons continue it, as finding 9's rule reads `8::3::`.
    @Test(arguments: ["8:\u{200B}:3::", "8:\u{FF1A}3::", "8\u{2236}:3::", "8:\u{00AD}\u{200D}:3::", "a:\u{FE55}\u{200B}3::1"])
    func fuzzFindingAColonRunWithAnInvisibleOrLookAlikeCharacterReadsAsItsFoldedForm(text: String) {
        #expect(redactor.redact(text) == text, "folded, each is a run with two `::`, as `8::3::`")
        expectNothingLeftAfterOnePass(text, by: redactor)
    }

    /// An address after a colon that ends no group is still one, however the colon is written.
    @Test(arguments: ["x:\u{200B}2001:db8::1", "x\u{FF1A}2001:db8::1", "peer 2001:db8::1"])
    func anAddressAfterAColonThatEndsNoGroupIsReplaced(text: String) {
        #expect(redactor.redact(text).hasSuffix("[IP]"), "\(redactor.redact(text))")
        expectNothingLeftAfterOnePass(text, by: redactor)
    }

    /// Fuzz findings 33 and 34 (docs/RELIABILITY.md, minimised inputs): a phone-shaped number
    /// followed by a number group was held to run on into it, though that group starts an address;
    /// once the address was `[IP]`, a second pass found the phone. A bot token after a phone is
    /// the same shape.
    @Test(arguments: [
        "5-140532 4::", "03000\u{A0}0044\u{A0}0::",
        "5-140532 123456789:AAHfakeFAKEfakeFAKEfakeFAKEfakeFAKE",
    ])
    func fuzzFindingAPhoneBeforeAnAddressIsFoundOnTheFirstPass(text: String) {
        #expect(redactor.redact(text).hasPrefix("[PHONE]"), "\(redactor.redact(text))")
        expectNothingLeftAfterOnePass(text, by: redactor)
    }

    /// Fuzz findings 35 to 39 (docs/RELIABILITY.md, minimised inputs; one run gave 130 such
    /// inputs, 43 different once minimised): a match's bytes hid from the detectors around it what
    /// its `[` shows. A number ran on into an address, a card, an email's name or a bot token, or
    /// an address ended at a word the view reads, so the first pass left a phone, a card or an
    /// address for a second. The redactor now reads again what a pass replaced something in.
    @Test(arguments: [
        "2::t@e.ss", "248 - 5634-0.1.2.3", "255-2222-123-22-1234", "211131 294 0771 29954 07781%20110",
        "8::\u{FF10}::", "48678(0)1923  40867 8()1", "%21(0)1131 29954 7781%201110", "Bearer panot11%54 077800001%203658",
        "87.30.324/1_@e.co", "430\u{A0}01.1\u{FF10}111.1111.11", "1234 - 567-22222222222222222",
    ])
    func fuzzFindingWhatAMatchHidFromItsNeighboursIsReplacedToo(text: String) {
        expectNothingLeftAfterOnePass(text, by: redactor)
        let chunked = (1...12).map { chunk in
            var stream = StreamRedactor(redactor: redactor)
            let bytes = Array(text.utf8)
            var output: [UInt8] = []
            for start in stride(from: 0, to: bytes.count, by: chunk) { output += stream.process(bytes[start..<min(start + chunk, bytes.count)]) }
            return output + stream.finish()
        }
        #expect(chunked.allSatisfy { $0 == Array(redactor.redact(text).utf8) }, "a stream gives what the whole text gives")
    }

    /// Fuzz finding 51 (docs/RELIABILITY.md, minimised input): a view's window chains from trigger
    /// to trigger along the line, and one `+` with an `=` before it (`x=4+2`, at the end) made the
    /// whole window a form body, where every `+` read as a space, 90 bytes back too. Each pass
    /// replaced a phone and with it a link of the chain, so the next pass read a shorter window
    /// differently: four passes found a phone each, and the redactor runs three. A `+` is now a
    /// space only where its own `=` comes before it.
    @Test func fuzzFindingAFormSpaceIsReadWhereItsOwnEqualsSignIs() {
        expectNothingLeftAfterOnePass("10+00-036 01234-37043\u{200B} 5" + String(repeating: " ", count: 40) + "10+00-236 080-1234-37043\u{200B}x=4+2", by: redactor)
        #expect(redactor.redact("a=1+2 10+00-036 01234-37043") == "a=1+2 10+00-036 01234-37043", "a `+` with no `=` of its own is no space")
        #expect(redactor.redact("tel=07700+900+461") == "tel=[PHONE]", "a form value's own `+` is a space")
        #expect(redactor.redact("iban=IT60+X054+2811+1010+0000+0123+456&name=Rossi") == "iban=[IBAN]&name=Rossi", "between letters too")
    }

    /// Fuzz finding 52 (docs/RELIABILITY.md, minimised input): a view that decoded a `%XX` and held
    /// an `=` read every `+` as a space, and its window chained from `%00` over 39 spaces along the
    /// line: as in finding 51, each pass read a shorter chain anew, and a fourth would have found
    /// `834-3704`. Decoding a `%XX` no longer makes a form body; each `+` has its own `=` or is none.
    @Test func fuzzFindingADecodedEscapeDoesNotMakeEveryPlusASpace() {
        expectNothingLeftAfterOnePass("%00" + String(repeating: " ", count: 39) + "=xx)1+0000-06 080-1234-3704\u{A0}010+0001236 834-3704\u{A0}0", by: redactor)
        #expect(redactor.redact("name=Jo&phone=%2B44+7700+900+461&ok=1") == "name=Jo&phone=[PHONE]&ok=1", "its own `=` still makes a `+` a space")
        #expect(redactor.redact("q=%41 12+34+56") == "q=%41 12+34+56", "a `+` after a space has no `=` of its own")
    }

    @Test func redactingTwiceChangesNothingMore() {
        let once = redactor.redact(mixed)
        #expect(redactor.redact(once) == once)
        #expect(redactor.findings(in: once).isEmpty)
    }

    /// Replacement texts of the operator's own, in square brackets as the config requires, keep
    /// the fuzz findings' inputs clean after one pass, as the built-in texts do.
    @Test(arguments: [
        "+211+0123+::6=3+6", "0442811+10=+2192168+0+0", "3.1.2.3%302.2.2.2", "::7 1 994.771", "+1101116+6161616",
        "00001:AAHFAKEfuzzFAKEfuzzFAKEfuzzForgghp_70001:AAHFAKEfuzzFAKEfuzzFAKEfuzzFAKEfuzz",
    ])
    func bracketedReplacementsOfOnesOwnLeaveNothingForASecondPass(text: String) {
        let own = Redactor(RedactionConfig(replacements: [.ip: "[an address]", .phone: "[a number]", .telegram: "[bot]"]))
        expectNothingLeftAfterOnePass(text, by: own)
    }

    @Test func kindsCanBeSwitchedOffAndRenamed() {
        let secretsOnly = Redactor(.secretsOnly)
        #expect(secretsOnly.redact("alice@example.com password=fake") == "alice@example.com password=[SECRET:assignment]")
        let renamed = Redactor(RedactionConfig(replacements: [.email: "<email>"]))
        #expect(renamed.redact("to alice@example.com") == "to <email>")
    }

    @Test func invalidUTF8PassesThroughUntouched() {
        let input: [UInt8] = [0xFF, 0xC3] + Array(" alice@example.com ".utf8) + [0xE2, 0x82, 0x80, 0xFE]
        let expected: [UInt8] = [0xFF, 0xC3] + Array(" [EMAIL] ".utf8) + [0xE2, 0x82, 0x80, 0xFE]
        #expect(redactor.redact(bytes: input) == expected)
        let noise: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        let once = redactor.redact(bytes: noise)
        #expect(redactor.redact(bytes: once) == once, "redacting invalid UTF-8 twice changes nothing")
        #expect(Array(once.prefix(2)) == [0x07, 0x8A], "bytes before any finding pass through")
    }

    @Test func nonContiguousCollectionsWork() {
        let bytes = Array("mail alice@example.com".utf8).reversed().reversed()
        #expect(redactor.redact(bytes: bytes) == Array("mail [EMAIL]".utf8))
    }

    /// A quadratic scanner would take minutes on these; a linear one takes milliseconds.
    @Test(arguments: ["1", "a@", "-----BEGIN ", "-----BEGIN RSA PRIVATE KEY-----\n", "1 ", "1.", "sk-", "sk-a", "aaaa", "password=", "::1:", "eyJ.", "eyJhbGciOiJub25lIn0.eyJ-",
                              "4111 ", "555-", "DE89 ", "Bearer ", "\"token\":\"", "ghp_",
                              "\u{200B}", "１", "a\u{00A0}", "%40", "%2", "\\u0040", "1+2=", "=1+2", "+ 1", "0 ", "x＠", "de89", "sk-ant-\u{200B}", "tel 0"])
    func pathologicalInputIsLinear(unit: String) {
        let small = String(repeating: unit, count: 10_000)
        let large = String(repeating: unit, count: 80_000)
        // This thread's CPU time, not the wall clock: other work on a busy machine does not count.
        let smallTime = (0..<2).map { _ in Self.threadCPUTime { _ = redactor.redact(small) } }.min()!
        let largeTime = (0..<2).map { _ in Self.threadCPUTime { _ = redactor.redact(large) } }.min()!
        // 8× the input; allow slack for noise but not for n² (64×).
        #expect(largeTime < smallTime * 40 + .milliseconds(50), "\(unit): \(smallTime) → \(largeTime)")
    }

    static func threadCPUTime(_ work: () -> Void) -> Duration {
        func now() -> Duration {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
        }
        let start = now()
        work()
        return now() - start
    }

    /// One pass leaves nothing the redactor finds, so a second pass changes nothing.
    func expectNothingLeftAfterOnePass(_ text: String, by redactor: Redactor, sourceLocation: SourceLocation = #_sourceLocation) {
        let once = redactor.redact(text)
        #expect(redactor.findings(in: once).isEmpty, "\(once)", sourceLocation: sourceLocation)
        #expect(redactor.redact(once) == once, sourceLocation: sourceLocation)
    }
}
