import Foundation
import Logging
import OpenClawGateway
import OpenClawTelegram
import OpenClawTesting

/// The child side of `GatewayChild`: runs the gateway on a sandbox config and answers `usage` lines.
enum GatewayServe {
    static func run(config path: String) async throws {
        let quiet = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        let config = try ConfigLoader.load(path: path, environment: [:])
        // Telegram's own flood limits (30 msg/s) would be the whole measurement; lift them here.
        let options = GatewayOptions(environment: [:], logger: quiet, pacing: .unlimited)
        let gateway = try await Gateway.prepare(config: config, options: options)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await gateway.run() }
            _ = try await gateway.waitUntilListening()
            write("ready")
            while let line = try await BlockingWork.run({ readLine() }) {
                if line == "usage" { write(ResourceUsage.current().line) }
            }
            await gateway.shutdown()
            try await group.waitForAll()
        }
    }

    private static func write(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
