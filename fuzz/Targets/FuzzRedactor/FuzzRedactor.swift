import FuzzSupport
import OpenClawCore

/// Any text a user, a model or a log line carries, redacted as logs, prompts and replies are.
/// The first byte picks the configuration (everything, or secrets only) and the stream's chunk
/// size; the rest is the text, any bytes at all.
///
/// The redactor's own promises: findings are in order, inside the input and do not overlap; the
/// output holds nothing the redactor would still detect, so redacting it again changes nothing;
/// the text and byte entry points agree; and a stream cut into any chunks gives the same bytes as
/// the whole input, with lines held whole and with long lines cut.
enum RedactorTarget {
    static let redactors = [Redactor(.all), Redactor(.secretsOnly)]

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        var input = FuzzInput(bytes)
        let choice = input.byte()
        let redactor = redactors[Int(choice & 1)]
        let chunk = Int(choice >> 1) + 1
        let payload = Array(input.rest)

        let findings = redactor.findings(in: payload)
        var previousEnd = 0
        for finding in findings {
            fuzzCheck(finding.range.lowerBound >= previousEnd && finding.range.upperBound <= payload.count, "findings out of order, overlapping or outside the input: \(findings)")
            previousEnd = finding.range.upperBound
        }

        let redacted = redactor.redact(bytes: payload)
        fuzzCheck(!findings.isEmpty || redacted == payload, "nothing found, yet the bytes changed")
        let leftover = redactor.findings(in: redacted)
        fuzzCheck(leftover.isEmpty, "the output still holds \(leftover.map(\.kind))")
        fuzzCheck(redactor.redact(bytes: redacted) == redacted, "redacting twice changed the output")

        let text = String(decoding: payload, as: UTF8.self)
        if Array(text.utf8) == payload {
            fuzzCheck(Array(redactor.redact(text).utf8) == redacted, "text and bytes redact differently")
        }

        for (maxLine, overlap) in [(64 * 1024, 4 * 1024), (2048, 1024)] {
            var stream = StreamRedactor(redactor: redactor, maxLineLength: maxLine, overlap: overlap)
            var streamed: [UInt8] = []
            var start = 0
            while start < payload.count {
                streamed += stream.process(payload[start..<min(start + chunk, payload.count)])
                start += chunk
            }
            streamed += stream.finish()
            fuzzCheck(streamed == redacted, "chunks of \(chunk) bytes (lines cut at \(maxLine)) redact differently from the whole input")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    RedactorTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
