import Foundation
import OpenClawCore
import OpenClawTesting
import Testing
@testable import OpenClawGateway

/// Editors write a file in steps (truncate, write, rename): the watcher decides on a changed file
/// only once it has read the same bytes twice, so a file caught half-written is neither refused nor
/// applied. The looks are made by hand here, so the test does not depend on timing.
@Suite(.serialized) struct ConfigWatcherTests {
    typealias H = GatewayHarness
    let reload = ConfigReloadEndToEndTests()

    @Test func aFileCaughtHalfWrittenIsDecidedOnlyOnceItSettles() async throws {
        try await H.withGateway(
            watchConfig: true, adjust: ConfigReloadEndToEndTests.aliceAndBob, tune: { $0.configCheckInterval = .seconds(3600) }
        ) { harness in
            let reloader = try #require(harness.gateway.reloader)
            let watcher = ConfigWatcher(reloader: reloader, interval: .seconds(3600), digest: harness.gateway.configDigest)
            func count(_ kind: AuditKind) async throws -> Int { try await reload.audits(kind, in: harness).count }

            try harness.sandbox.editConfig(ConfigReloadEndToEndTests.removeBob)
            let whole = try String(contentsOfFile: harness.sandbox.configPath, encoding: .utf8)
            let half = String(whole.prefix(whole.count / 2))
            try harness.sandbox.writeRawConfig(half)
            await watcher.look()
            try harness.sandbox.writeRawConfig(whole)
            await watcher.look()
            #expect(try await count(.configRefused) == 0, "the half-written file was refused")
            #expect(try await count(.configReloaded) == 0, "decided on a file read only once")

            await watcher.look()
            #expect(try await count(.configReloaded) == 1, "the settled file is applied")
            #expect(try await count(.configRefused) == 0)

            // A file that stays broken is refused at its second look, and nothing of it applies.
            try harness.sandbox.writeRawConfig(half)
            await watcher.look()
            #expect(try await count(.configRefused) == 0)
            await watcher.look()
            #expect(try await count(.configRefused) == 1)
            #expect(harness.metrics.exposition().contains(#"openclaw_config_reloads_total{result="refused"} 1"#))
        }
    }
}
