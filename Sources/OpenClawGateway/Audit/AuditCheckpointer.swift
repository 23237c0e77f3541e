#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawFiles
import OpenClawStore
import ServiceLifecycle

/// Signs the audit chain's head into the checkpoint file at start, every
/// `audit.checkpointIntervalSeconds`, and once more at shutdown, after the services that write
/// audit events have stopped. Also keeps the audit metrics current.
struct AuditCheckpointer: Service {
    static let keyPath = "audit.signingKey"

    let config: OpenClawConfig
    let store: OpenClawStore
    let live: LiveSecrets
    let metrics: GatewayMetrics
    let logger: Logger
    let now: @Sendable () -> Date

    var log: AuditCheckpointLog {
        AuditCheckpointLog(path: config.audit.checkpointPath(stateDir: config.state.dir))
    }

    func run() async {
        let interval = Duration.seconds(config.audit.checkpointIntervalSeconds)
        await checkpointNow()
        // Like PeriodicJob, but with one more checkpoint after graceful shutdown, when the services
        // that write audit events have stopped.
        _ = try? await ServiceLifecycle.cancelWhenGracefulShutdown { [self] in
            while true {
                try await Task.sleep(for: interval)
                await checkpointNow()
            }
        }
        await checkpointNow()
    }

    /// Signs and appends the current head; failures are logged and counted, never thrown.
    func checkpointNow() async {
        do {
            // An empty chain is signed too (seq 0): "nothing was written yet" is worth proving as well.
            let head = try await store.auditHead() ?? (seq: 0, hash: AuditChain.genesis)
            let key = try AuditSigningKey(base64: live.value(Self.keyPath) ?? "")
            let checkpoint = try key.checkpoint(seq: head.seq, hash: head.hash, time: now())
            try log.append(checkpoint)
            if config.audit.syslog { AuditSyslog.send(checkpoint.line()) }
            metrics.auditChain(headSeq: head.seq, checkpointAt: checkpoint.time)
        } catch {
            metrics.auditCheckpointFailed()
            logger.error("audit checkpoint failed", metadata: ["error": "\(error)"])
        }
    }
}
