extension OpenClawConfig {
    /// Ids of the secrets read from files in `secrets.dir`, each once, in `secretReferences` order.
    package var fileSecretIds: [String] {
        var seen: Set<String> = []
        return secretReferences.compactMap { _, reference in
            reference.source == .file && seen.insert(reference.id).inserted ? reference.id : nil
        }
    }
}
