import OpenClawCore

/// The configuration file as the gateway started with it: its settings and the digest of its bytes.
struct ConfigSource: Sendable {
    var settings: [String: ConfigSetting]
    var digest: String

    init(path: String, environment: [String: String]) throws(ConfigError) {
        let data = try ConfigLoader.read(path: path)
        settings = ConfigSetting.all(in: try ConfigLoader.document(from: data, environment: environment))
        digest = ConfigReloader.digest(data)
    }
}
