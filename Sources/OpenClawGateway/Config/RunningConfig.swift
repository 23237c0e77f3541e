import OpenClawCore
import Synchronization

/// The configuration the gateway runs with now, read by every part that outlives a reload (the
/// scheduler, the performer, the secret watcher, retention …) each time it needs a setting.
/// The pipeline holds its own copy, so an update finishes under the settings it started with.
final class RunningConfig: Sendable {
    private let state: Mutex<(config: OpenClawConfig, settings: [String: ConfigSetting])>

    /// - Parameter settings: the settings of the document `config` was read from (its key paths
    ///   and values, defaults filled in), against which an edited file is compared.
    init(_ config: OpenClawConfig, settings: [String: ConfigSetting]) {
        state = Mutex((config, settings))
    }

    var config: OpenClawConfig { state.withLock { $0.config } }
    var settings: [String: ConfigSetting] { state.withLock { $0.settings } }

    func replace(with config: OpenClawConfig, settings: [String: ConfigSetting]) {
        state.withLock { $0 = (config, settings) }
    }
}
