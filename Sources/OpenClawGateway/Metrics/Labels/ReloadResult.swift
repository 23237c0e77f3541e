/// What became of a changed secret file or configuration file
/// (`openclaw_secret_reloads_total{result}`, `openclaw_config_reloads_total{result}`).
enum ReloadResult: String, Sendable {
    case applied
    case refused
    /// A secret's check could not reach its service; it is tried again with backoff.
    case retrying
}
