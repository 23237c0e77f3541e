import Logging
import ServiceLifecycle
import UnixSignals

/// SIGHUP: the configuration file is read again at once (applied or refused as by the file watch,
/// without waiting for it), then every secret file is checked.
struct HangupHandler: Service {
    let reloader: ConfigReloader?
    let secrets: SecretWatcher
    let logger: Logger

    func run() async {
        await ServiceLifecycle.cancelWhenGracefulShutdown {
            for await _ in await UnixSignalsSequence(trapping: .sighup) {
                logger.info("SIGHUP: reading the configuration and the secret files again")
                await reloader?.reloadNow(trigger: .signal, force: true)
                await secrets.checkNow()
            }
        }
    }
}
