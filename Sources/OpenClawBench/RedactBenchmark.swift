import Foundation
import OpenClawCore

/// MB/s of `StreamRedactor` on one core over ~100 MB of generated log lines, and peak resident
/// memory before and after, to show it stays flat however much passes through.
enum RedactBenchmark {
    static func run(_ arguments: [String]) async throws {
        let megabytes = Int(PipelineBenchmark.value(after: "--megabytes", in: arguments) ?? "") ?? 100
        let evasive = arguments.contains("--evasive")
        let chunkSize = 64 * 1024
        let before = peakResidentKiB()
        let input = LogCorpus.generate(bytes: megabytes * 1_000_000, evasive: evasive)
        let afterGeneration = peakResidentKiB()

        var stream = StreamRedactor()
        var outputBytes = 0
        var redactions = 0
        let clock = ContinuousClock()
        let cpuBefore = threadCPUSeconds()
        let elapsed = clock.measure {
            input.withUnsafeBufferPointer { all in
                var start = 0
                while start < all.count {
                    let chunk = UnsafeBufferPointer(rebasing: all[start..<min(start + chunkSize, all.count)])
                    let out = stream.process(chunk)
                    outputBytes += out.count
                    redactions += out.count(where: { $0 == UInt8(ascii: "[") })
                    start += chunkSize
                }
            }
            let tail = stream.finish()
            outputBytes += tail.count
        }
        let cpuSeconds = threadCPUSeconds() - cpuBefore
        let afterRedaction = peakResidentKiB()
        let seconds = elapsed.inSeconds
        print("redact benchmark: StreamRedactor, all kinds, 64 KiB chunks, one core\(evasive ? ", half the planted data in look-alikes and encodings" : "")")
        print(String(format: "  input %.1f MB → output %.1f MB, ~%d replacements, %.2f s", Double(input.count) / 1e6, Double(outputBytes) / 1e6, redactions, seconds))
        print(String(format: "  throughput: %.1f MB/s (wall clock); %.1f MB/s per CPU-second of this thread, which other processes on a busy machine do not skew",
                     Double(input.count) / 1e6 / seconds, Double(input.count) / 1e6 / cpuSeconds))
        print("  peak resident (VmHWM): \(before / 1024) MiB at start, \(afterGeneration / 1024) MiB with the input generated, \(afterRedaction / 1024) MiB after redacting it")
    }

    /// CPU time this thread has used, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Peak resident set size in KiB from /proc/self/status (0 where there is no procfs).
    static func peakResidentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}

/// Log-like lines: mostly ordinary words, numbers, timestamps and paths, with some emails,
/// phones, cards, IPs and (fake) tokens. Deterministic, so runs compare. `evasive` writes half of
/// the planted data with look-alike characters, invisible ones or encodings, and mixes in prose
/// with fullwidth punctuation, so the folded views are exercised.
enum LogCorpus {
    static let evasiveItems = [
        "call ０１７６ ８８２２ ５５３３", "mail ka\u{200B}rin@example.com", "GET /x?email=olga%40example.ru&y=1", "card 4532\u{00A0}0151\u{00A0}1283\u{00A0}0366",
        "tel=07700+900+550&ok=1", "0 7 7 0 0 9 0 0 5 5 0", "de75 5121 0800 1245 1261 99", #"{"to":"kai\u0040example.de"}"#, "ruf an: 06131 482291",
        "sk-ant-api03-" + String(repeating: "FAKE", count: 10) + "\u{200B}" + String(repeating: "FAKE", count: 13) + "AA", "driver version 3.20.7.18",
    ]

    static func generate(bytes target: Int, evasive: Bool = false) -> [UInt8] {
        var random = CorpusRandom(seed: 42)
        var output: [UInt8] = []
        output.reserveCapacity(target + 512)
        var words = ["request", "handled", "user", "message", "session", "model", "reply", "the", "to", "status", "path",
                     "queue", "retry", "after", "tokens", "cost", "ok", "chat", "update", "delivered", "version", "from"]
        if evasive { words.append("東京（とうきょう）は、日本の首都です。") }
        let fake = "FAKEfake"
        let sensitive = [
            "alice.smith@example.com", "+1 415 555 0100", "4111 1111 1111 1111", "192.168.1.10", "2001:db8::1",
            "bot123456789:" + String(repeating: fake, count: 4) + "123", "sk-proj-" + String(repeating: "FAKE0fake1", count: 4),
            "password=fakefake", "Bearer fake.token-123", "DE89 3704 0044 0532 0130 00", "536-22-1234",
        ]
        var line = 0
        while output.count < target {
            line += 1
            let ms = line % 1000
            output += Array("2026-01-15T10:\(10 + line % 50):\(10 + line % 49).\(100 + ms)Z INFO ".utf8)
            for w in 0..<(6 + Int(random.next() % 10)) {
                switch random.next() % 12 {
                case 0: output += Array("\(random.next() % 100_000)".utf8)
                case 1: output += Array("/api/v1/items/\(random.next() % 1000)".utf8)
                case 2: output += Array("took=\(random.next() % 500)ms".utf8)
                case 3: output += Array("v1.\(w).\(random.next() % 10)".utf8)
                default: output += Array(words[Int(random.next() % UInt64(words.count))].utf8)
                }
                output.append(UInt8(ascii: " "))
            }
            if line % 4 == 0 {
                let pool = evasive && line % 8 == 0 ? evasiveItems : sensitive
                output += Array(pool[Int(random.next() % UInt64(pool.count))].utf8)
            }
            output.append(UInt8(ascii: "\n"))
        }
        return output
    }
}

/// A tiny deterministic generator (SplitMix64) for the corpus.
struct CorpusRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
