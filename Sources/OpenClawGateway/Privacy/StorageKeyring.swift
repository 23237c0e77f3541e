package import OpenClawCore
package import OpenClawFiles

extension SealingKeyring {
    static let keyPath = "privacy.encryptionKey"

    /// The keyring for stored text: nil when `privacy.encryptAtRest` is off. The current key is
    /// `privacy.encryptionKey`; `<file>.previous`, left by `secrets rotate`, still opens older rows.
    package static func load(_ config: OpenClawConfig, reader: SecretReader, current: String? = nil) throws(ConfigError) -> SealingKeyring? {
        guard config.privacy.encryptAtRest else { return nil }
        let reference = config.privacy.encryptionKey
        let text: String
        if let current {
            text = current
        } else {
            text = try reader.read(reference, for: keyPath)
        }
        let key: SealingKey
        do {
            key = try SealingKey(base64: text)
        } catch {
            throw ConfigError(path: keyPath, error.description)
        }
        var previous: [SealingKey] = []
        if reference.source == .file,
            let old = try? reader.read(.file(SecretDirectory.previousId(reference.id)), for: keyPath),
            let oldKey = try? SealingKey(base64: old)
        {
            previous.append(oldKey)
        }
        return SealingKeyring(current: key, previous: previous)
    }
}
