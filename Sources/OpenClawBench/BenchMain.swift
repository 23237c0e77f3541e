/// `openclaw-bench <name> [options]`: release-built benchmarks that print their figures.
@main
struct BenchMain {
    static let benchmarks: [(name: String, summary: String, run: @Sendable ([String]) async throws -> Void)] = [
        ("pipeline", "messages/s and added latency through the whole gateway (--users N --per-user N --latency-samples N; --postgres [--replicas N] with OPENCLAW_TEST_POSTGRES_URL)", PipelineBenchmark.run),
        ("pacer", "outbound pacer sends/s and tracked chats and resident memory over rounds of distinct chats (--chats N --rounds N)", PacerBenchmark.run),
        ("limiter", "rate limiter decisions/s on 1 and 2 threads, bytes per tracked key at 1M keys (--decisions N --keys N)", LimiterBenchmark.run),
        ("redact", "StreamRedactor MB/s on one core over generated log text, peak memory before/after (--megabytes N --evasive)", RedactBenchmark.run),
        ("redact-eval", "Redactor recall per kind and per evasion, decoys kept, on the eval/ redaction sets (--set PATH ... --show)", RedactEvalBenchmark.run),
        ("filter", "ContentFilter detection and false-positive rates on the eval/ sets, messages/s and MB/s (--set PATH ... --seconds N --show)", FilterBenchmark.run),
    ]

    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
            print("usage: openclaw-bench <benchmark> [options]   (build with -c release)")
            for benchmark in benchmarks { print("  \(benchmark.name): \(benchmark.summary)") }
            return
        }
        try await benchmark.run(Array(arguments.dropFirst()))
    }
}
