#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ServiceLifecycle
import Synchronization
import OpenClawFiles

/// Looks at the configuration file every `interval` and hands a changed file to the reloader once
/// it has stayed the same for one look: editors write a file in several steps (truncate, write,
/// rename), and a half-written file must not be refused, or worse, applied.
final class ConfigWatcher: Service, Sendable {
    let reloader: ConfigReloader
    let interval: Duration
    /// The digest of the content seen at the previous look.
    private let previous: Mutex<String?>

    init(reloader: ConfigReloader, interval: Duration, digest: String?) {
        self.reloader = reloader
        self.interval = interval
        previous = Mutex(digest)
    }

    func run() async {
        await PeriodicJob(interval: interval) { await self.look() }.run()
    }

    func look() async {
        let data = FileContents.read(atPath: reloader.path)
        let digest = ConfigReloader.digest(data)
        let settled = previous.withLock { previous in
            defer { previous = digest }
            return previous == digest
        }
        guard settled else { return }
        await reloader.reload(data, trigger: .file)
    }
}
