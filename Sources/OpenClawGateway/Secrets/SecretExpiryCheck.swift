#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import ServiceLifecycle
import Synchronization

/// At start and then daily: each secret file's age and expiry as metrics, and a warning (log
/// line and audit event) for secrets within `secrets.warnDays` of expiry or past it.
struct SecretExpiryMonitor: Service {
    let runtime: GatewayRuntime
    var interval: Duration = .seconds(86_400)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await check()
                try? await Task.sleep(for: interval)
            }
        }
    }

    func check() async {
        let directory = SecretDirectory(path: runtime.config.secrets.dir)
        let metadata = try? directory.loadMetadata()
        let policy = SecretPolicy(runtime.config.secrets)
        let now = runtime.now()
        var expired: [String] = []
        for (_, reference) in runtime.config.secretReferences where reference.source == .file {
            let status = SecretStatus.evaluate(
                id: reference.id, observation: directory.observe(reference.id), entry: metadata?.secrets[reference.id], policy: policy, now: now
            )
            runtime.metrics.secretExpiry(secret: reference.id, expires: status.expires, ageDays: status.ageDays)
            switch status.state {
            case .expired:
                expired.append(reference.id)
                runtime.logger.warning("secret expired: rotate it", metadata: ["secret": "\(reference.id)"])
                await runtime.audit(.secretExpired, ["secret": reference.id])
            case .rotateSoon:
                runtime.logger.warning(
                    "secret expires soon: rotate it", metadata: ["secret": "\(reference.id)", "expiresInDays": "\(status.expiresInDays ?? 0)"]
                )
                await runtime.audit(.secretExpiring, ["secret": reference.id, "expiresInDays": String(status.expiresInDays ?? 0)])
            default:
                break
            }
        }
        runtime.expiredSecrets.set(expired)
    }
}

/// The ids of expired secrets, as the last expiry check found them, for `/readyz`.
final class ExpiredSecrets: Sendable {
    private let ids = Mutex<[String]>([])

    func set(_ value: [String]) {
        ids.withLock { $0 = value }
    }

    var current: [String] {
        ids.withLock { $0 }
    }
}
