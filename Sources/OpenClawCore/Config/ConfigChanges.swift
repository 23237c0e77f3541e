/// The settings that differ between two configuration documents, split into those a running
/// gateway applies and those that need a restart.
package struct ConfigChanges: Sendable, Equatable {
    /// Changed settings applied while running, by path.
    package var live: [String]
    /// Changed settings that take effect only after a restart, by path.
    package var needRestart: [String]
    private var restartSettings: [(components: [String], running: JSONValue?)]

    package init(from running: [String: ConfigSetting], to edited: [String: ConfigSetting]) {
        var live: [String] = []
        var needRestart: [String] = []
        var restartSettings: [(components: [String], running: JSONValue?)] = []
        for path in Set(running.keys).union(edited.keys).sorted() where running[path]?.value != edited[path]?.value {
            guard let setting = edited[path] ?? running[path] else { continue }
            if setting.reload == .restart {
                needRestart.append(path)
                restartSettings.append((setting.components, running[path]?.value))
            } else {
                live.append(path)
            }
        }
        self.live = live
        self.needRestart = needRestart
        self.restartSettings = restartSettings
    }

    package var isEmpty: Bool { live.isEmpty && needRestart.isEmpty }

    /// `edited` with every setting that needs a restart put back to its running value: what a
    /// running gateway can apply now.
    package func keepingRunningValues(in edited: JSONValue) -> JSONValue {
        var document = edited
        for setting in restartSettings {
            if let value = setting.running {
                document.set(value, at: setting.components)
            } else {
                document.remove(at: setting.components)
            }
        }
        return document
    }

    package static func == (lhs: ConfigChanges, rhs: ConfigChanges) -> Bool {
        lhs.live == rhs.live && lhs.needRestart == rhs.needRestart
    }
}
