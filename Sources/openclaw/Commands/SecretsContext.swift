import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawFiles

/// What a `secrets` command works on: the directory, the policy, the config when there is one.
struct SecretsContext {
    var config: OpenClawConfig?
    var directory: SecretDirectory
    var policy: SecretPolicy
    var now: Date

    /// Ids the configuration reads from files; without a configuration, every known secret.
    var neededIds: [String] {
        guard let config else { return KnownSecret.all.map(\.id) }
        return config.fileSecretIds
    }

    /// Ids to report on: the configured ones (missing counts), plus any other secret file present.
    /// Without a configuration, only the files present.
    var reportedIds: [String] {
        let present = directory.presentIds()
        guard config != nil else { return present }
        let needed = neededIds
        return needed + present.filter { !needed.contains($0) }
    }

    /// What the configuration uses the file `id` for (a gateway token, a provider key …).
    func roles(of id: String) -> [SecretRole] {
        config?.roles(ofFile: id) ?? []
    }

    func status(of id: String, metadata: SecretMetadata) -> SecretStatus {
        SecretStatus.evaluate(
            id: id, observation: directory.observe(id), entry: metadata.secrets[id], policy: policy, now: now, roles: roles(of: id)
        )
    }

    func loadMetadata() throws -> SecretMetadata {
        do {
            return try directory.loadMetadata()
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}
