import Foundation
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawTesting
import OpenClawTelegram
import TelegramSimulator

/// The whole pipeline (intake → store → policy → budget → model → reply) against the Telegram
/// simulator and a zero-latency scripted model on loopback. The gateway runs in a child process
/// (`GatewayChild`), so its CPU per message (getrusage, user + system) and resident memory are
/// its own; the simulators and the load run here.
enum PipelineBenchmark {
    static func run(_ arguments: [String]) async throws {
        if let config = value(after: "--serve", in: arguments) { return try await GatewayServe.run(config: config) }
        let users = Int(value(after: "--users", in: arguments) ?? "") ?? 50
        let perUser = Int(value(after: "--per-user", in: arguments) ?? "") ?? 20
        let pacedCount = Int(value(after: "--paced", in: arguments) ?? "") ?? 240
        let rate = Double(value(after: "--rate", in: arguments) ?? "") ?? 8
        let latencySamples = Int(value(after: "--latency-samples", in: arguments) ?? "") ?? 200
        let onPostgres = arguments.contains("--postgres")
        let replicaCount = max(1, min(8, Int(value(after: "--replicas", in: arguments) ?? "") ?? 1))
        guard replicaCount == 1 || onPostgres else { throw BenchError("--replicas needs --postgres: SQLite serves one gateway") }
        let quiet = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }

        let telegram = try await TelegramSimulator.start(logger: quiet)
        let model = try await ModelSimulator.start(logger: quiet)
        let sandbox = try SandboxDeployment.create(
            telegramAPIRoot: telegram.apiRoot, botToken: telegram.token, modelBaseURL: model.baseURL, postgres: onPostgres
        ) {
            $0.set("open", at: ["channels", "telegram", "dmPolicy"])
            $0.set(["*"], at: ["channels", "telegram", "allowFrom"])
            // The rate limits would refuse most of a synthetic flood; the benchmark measures the rest of the pipeline.
            $0.set(["perUser": ["rate": "100000/1s", "burst": 100000], "perChat": ["rate": "100000/1s", "burst": 100000],
                    "global": ["rate": "100000/1s", "burst": 100000], "maxQueuedPerUser": 100,
                    // Caps far above what the run spends: every call reserves its worst case and settles it.
                    "budgets": ["perUserDailyUsd": 1000, "globalDailyUsd": 100000, "globalMonthlyUsd": 1000000]], at: ["limits"])
        }
        let gateway = try GatewayReplicas(config: sandbox.configPath, count: replicaCount)
        try await gateway.waitUntilReady()
        try await Task.sleep(for: .seconds(2))
        let idle = try await gateway.usage()

        var offset = 0
        _ = try await burst(count: 100, users: users, offset: &offset, telegram: telegram)
        let beforeBurst = try await gateway.usage()
        let burst = try await burst(count: users * perUser, users: users, offset: &offset, telegram: telegram)
        let afterBurst = try await gateway.usage()
        let paced = try await paced(count: pacedCount, rate: rate, users: users, offset: &offset, telegram: telegram)
        let afterPaced = try await gateway.usage()
        let single = try await oneAtATime(count: latencySamples, offset: &offset, telegram: telegram)
        try await Task.sleep(for: .seconds(2))
        let idleAfter = try await gateway.usage()
        try await gateway.stop()
        await telegram.stop()
        await model.stop()
        await sandbox.remove()

        let burstCPU = (afterBurst.cpuSeconds - beforeBurst.cpuSeconds) / Double(users * perUser) * 1000
        let pacedCPU = (afterPaced.cpuSeconds - afterBurst.cpuSeconds) / Double(pacedCount) * 1000
        let store = onPostgres ? "PostgreSQL store (the server's own CPU not counted)" : "SQLite store"
        let processes = replicaCount == 1 ? "gateway in its own process" : "\(replicaCount) gateway replicas, each in its own process (CPU and memory summed)"
        print("pipeline benchmark: \(processes), polling intake, zero-latency model, \(store), budget caps on, pacing lifted")
        print(String(format: "  CPU per message, %d users × %d messages injected at once: %.3f ms (user %.3f, system %.3f); %.0f messages/s",
                     users, perUser, burstCPU,
                     (afterBurst.userSeconds - beforeBurst.userSeconds) / Double(users * perUser) * 1000,
                     (afterBurst.systemSeconds - beforeBurst.systemSeconds) / Double(users * perUser) * 1000, burst.throughput))
        print(String(format: "  under that burst, inject → reply: p50 %.1f ms, p99 %.1f ms (queueing)", burst.percentile(0.50), burst.percentile(0.99)))
        print(String(format: "  at %.0f messages/s (%d messages from %d users): added latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; CPU per message %.3f ms",
                     rate, pacedCount, users, paced.percentile(0.50), paced.percentile(0.90), paced.percentile(0.99), paced.percentile(1.0), pacedCPU))
        print(String(format: "  one message at a time (%d samples): added latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                     latencySamples, single.percentile(0.50), single.percentile(0.90), single.percentile(0.99), single.percentile(1.0)))
        print(String(format: "  resident memory: idle after start %.1f MiB, idle after the run %.1f MiB, peak %.1f MiB",
                     mebibytes(idle.residentBytes), mebibytes(idleAfter.residentBytes), mebibytes(idleAfter.peakResidentBytes)))
    }

    struct Result {
        var latenciesMs: [Double]
        var throughput: Double

        func percentile(_ p: Double) -> Double {
            let sorted = latenciesMs.sorted()
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((Double(sorted.count) * p).rounded(.up)) - 1
            return sorted[max(0, min(sorted.count - 1, rank))]
        }
    }

    /// `count` messages, `users` senders in turn, all injected at once.
    static func burst(count: Int, users: Int, offset: inout Int, telegram: TelegramSimulator) async throws -> Result {
        let already = telegram.sentMessages.count
        var injected: [String: ContinuousClock.Instant] = [:]
        let start = ContinuousClock.now
        for index in 0..<count {
            let user = TelegramUser(id: Int64(10_000 + index % users), firstName: "U")
            let text = "m\(offset + index)"
            injected["echo: " + text] = .now
            telegram.inject(telegram.privateMessage(from: user, text: text))
        }
        offset += count
        let sent = try await telegram.waitForSentMessages(count: already + count, timeout: .seconds(300))
        let mine = sent.dropFirst(already)
        let latencies = mine.compactMap { message in
            injected[message.text].map { (message.time - $0).milliseconds }
        }
        let elapsed = (mine.map(\.time).max() ?? .now) - start
        return Result(latenciesMs: latencies, throughput: Double(count) / elapsed.inSeconds)
    }

    /// Open loop: one message every `1/rate` seconds whether or not the last was answered.
    static func paced(count: Int, rate: Double, users: Int, offset: inout Int, telegram: TelegramSimulator) async throws -> Result {
        let already = telegram.sentMessages.count
        var injected: [String: ContinuousClock.Instant] = [:]
        let interval = Duration.seconds(1 / max(0.1, rate))
        let start = ContinuousClock.now
        for index in 0..<count {
            try await Task.sleep(until: start + interval * index, clock: .continuous)
            let user = TelegramUser(id: Int64(20_000 + index % users), firstName: "P")
            let text = "p\(offset + index)"
            injected["echo: " + text] = .now
            telegram.inject(telegram.privateMessage(from: user, text: text))
        }
        offset += count
        let sent = try await telegram.waitForSentMessages(count: already + count, timeout: .seconds(60))
        let latencies = sent.dropFirst(already).compactMap { message in
            injected[message.text].map { (message.time - $0).milliseconds }
        }
        return Result(latenciesMs: latencies, throughput: rate)
    }

    /// Closed loop: the next message is injected when the previous reply arrived.
    static func oneAtATime(count: Int, offset: inout Int, telegram: TelegramSimulator) async throws -> Result {
        var latencies: [Double] = []
        let user = TelegramUser(id: 99_999, firstName: "Solo")
        let start = ContinuousClock.now
        for index in 0..<count {
            let already = telegram.sentMessages.count
            let injected = ContinuousClock.now
            telegram.inject(telegram.privateMessage(from: user, text: "s\(offset + index)"))
            let sent = try await telegram.waitForSentMessages(count: already + 1, timeout: .seconds(30))
            latencies.append((sent[already].time - injected).milliseconds)
        }
        offset += count
        return Result(latenciesMs: latencies, throughput: Double(count) / (ContinuousClock.now - start).inSeconds)
    }

    static func mebibytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }

    static func value(after flag: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}

extension Duration {
    var milliseconds: Double { inSeconds * 1000 }
}
