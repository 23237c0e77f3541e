/// Signed checkpoints of the audit hash chain (`audit` in the config).
package struct AuditConfig: Sendable, Equatable {
    /// The Ed25519 seed that signs checkpoints (`audit_signing_key`, 32 bytes in base64).
    package var signingKey: SecretRef
    /// Where checkpoint lines are appended; outside the database, ideally on append-only storage.
    /// nil means `audit-checkpoints.jsonl` in the state directory.
    package var checkpointFile: String?
    package var checkpointIntervalSeconds: Int
    /// Also send each checkpoint line to the local syslog (facility auth), where a log shipper can copy it off the host.
    package var syslog: Bool

    package static let defaults = AuditConfig(
        signingKey: .file("audit_signing_key"), checkpointFile: nil, checkpointIntervalSeconds: 300, syslog: false
    )

    package init(signingKey: SecretRef, checkpointFile: String?, checkpointIntervalSeconds: Int, syslog: Bool) {
        self.signingKey = signingKey
        self.checkpointFile = checkpointFile
        self.checkpointIntervalSeconds = checkpointIntervalSeconds
        self.syslog = syslog
    }

    /// The checkpoint file for a deployment whose state lives in `stateDir`.
    package func checkpointPath(stateDir: String) -> String {
        checkpointFile ?? stateDir + "/audit-checkpoints.jsonl"
    }
}
