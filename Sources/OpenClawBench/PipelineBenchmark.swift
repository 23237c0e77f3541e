import Foundation
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawTesting
import OpenClawTelegram
import TelegramSimulator

/// Messages/s and added latency of the whole pipeline (intake → store → policy → model → reply)
/// against the Telegram simulator and a zero-latency scripted model, all on loopback.
enum PipelineBenchmark {
    static func run(_ arguments: [String]) async throws {
        let messages = Int(value(after: "--messages", in: arguments) ?? "") ?? 2000
        let users = Int(value(after: "--users", in: arguments) ?? "") ?? 100
        let latencySamples = Int(value(after: "--latency-samples", in: arguments) ?? "") ?? 300
        let quiet = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }

        let telegram = try await TelegramSimulator.start(logger: quiet)
        let model = try await ModelSimulator.start(logger: quiet)
        let sandbox = try SandboxDeployment.create(telegramAPIRoot: telegram.apiRoot, botToken: telegram.token, modelBaseURL: model.baseURL) {
            $0.set("open", at: ["channels", "telegram", "dmPolicy"])
            $0.set(["*"], at: ["channels", "telegram", "allowFrom"])
            // The rate limits would refuse most of a synthetic flood; the benchmark measures the rest of the pipeline.
            $0.set(["perUser": ["rate": "100000/1s", "burst": 100000], "perChat": ["rate": "100000/1s", "burst": 100000],
                    "global": ["rate": "100000/1s", "burst": 100000]], at: ["limits"])
        }
        defer { sandbox.remove() }
        let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:])
        // Telegram's own flood limits (30 msg/s) would be the whole measurement; lift them here.
        let options = GatewayOptions(environment: [:], logger: quiet, pacing: .unlimited)
        let gateway = try await Gateway.prepare(config: config, options: options)
        let running = Task { try await gateway.run() }
        _ = try await gateway.waitUntilListening()

        _ = try await run(count: 100, users: users, offset: 0, telegram: telegram)
        let burst = try await run(count: messages, users: users, offset: 100, telegram: telegram)
        let single = try await oneAtATime(count: latencySamples, offset: 100 + messages, telegram: telegram)

        print("pipeline benchmark: polling intake, zero-latency model, SQLite store, pacing lifted")
        print(String(format: "  throughput: %.0f messages/s (%d messages from %d users injected at once)", burst.throughput, messages, users))
        print(String(format: "  under that burst, inject → reply: p50 %.0f ms, p99 %.0f ms (queueing)", burst.percentile(0.50), burst.percentile(0.99)))
        print(String(format: "  added latency, one message at a time (%d samples): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                     latencySamples, single.percentile(0.50), single.percentile(0.90), single.percentile(0.99), single.percentile(1.0)))
        await gateway.shutdown()
        _ = try? await running.value
        await telegram.stop()
        await model.stop()
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

    static func run(count: Int, users: Int, offset: Int, telegram: TelegramSimulator) async throws -> Result {
        let already = telegram.sentMessages.count
        var injected: [String: ContinuousClock.Instant] = [:]
        let start = ContinuousClock.now
        for index in 0..<count {
            let user = TelegramUser(id: Int64(10_000 + index % users), firstName: "U")
            let text = "m\(offset + index)"
            injected["echo: " + text] = .now
            telegram.inject(telegram.privateMessage(from: user, text: text))
        }
        let sent = try await telegram.waitForSentMessages(count: already + count, timeout: .seconds(300))
        let mine = sent.dropFirst(already)
        let latencies = mine.compactMap { message in
            injected[message.text].map { (message.time - $0).milliseconds }
        }
        let elapsed = (mine.map(\.time).max() ?? .now) - start
        return Result(latenciesMs: latencies, throughput: Double(count) / elapsed.inSeconds)
    }

    /// Closed loop: the next message is injected when the previous reply arrived.
    static func oneAtATime(count: Int, offset: Int, telegram: TelegramSimulator) async throws -> Result {
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
        return Result(latenciesMs: latencies, throughput: Double(count) / (ContinuousClock.now - start).inSeconds)
    }

    static func value(after flag: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}

extension Duration {
    var milliseconds: Double { inSeconds * 1000 }
}
