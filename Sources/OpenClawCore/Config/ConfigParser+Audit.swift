extension ConfigParser {
    /// `audit`: the checkpoint signing key, file, interval and syslog copy.
    static func parseAudit(_ top: ConfigObject) -> AuditConfig {
        let defaults = AuditConfig.defaults
        guard let section = top.object("audit") else {
            return defaults
        }
        let file = section.string("checkpointFile")
        if let file, file.isEmpty {
            section.issues.add(section.keyPath("checkpointFile"), "must not be empty")
        }
        return AuditConfig(
            signingKey: section.has("signingKey") ? section.secretRef("signingKey") ?? defaults.signingKey : defaults.signingKey,
            checkpointFile: file,
            checkpointIntervalSeconds: section.int("checkpointIntervalSeconds", default: defaults.checkpointIntervalSeconds, range: 10...86_400),
            syslog: section.bool("syslog", default: defaults.syslog)
        )
    }
}
