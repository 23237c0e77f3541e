package import OpenClawCore
package import OpenClawFiles
package import OpenClawStore

extension StoreLocation {
    static let postgresURLKeyPath = "state.postgres.url"

    /// The store the configuration names: the SQLite file in `state.dir`, or the PostgreSQL
    /// database whose URL is read from its secret.
    package static func configured(_ config: OpenClawConfig, reader: SecretReader) throws(ConfigError) -> StoreLocation {
        guard config.state.backend == .postgres, let postgres = config.state.postgres else { return .sqlite(directory: config.state.dir) }
        let text = try reader.read(postgres.url, for: postgresURLKeyPath)
        guard let url = PostgresURL(text) else {
            throw ConfigError(path: postgresURLKeyPath, "the PostgreSQL URL (\(postgres.url)) does not have the expected format: \(SecretFormat.postgresURL.rule)")
        }
        return .postgres(PostgresLocation(postgres, url: url, stateDirectory: config.state.dir))
    }
}
