/// Signed checkpoints of the audit hash chain (`audit` in the config).
public struct AuditConfig: Sendable, Equatable {
    /// The Ed25519 seed that signs checkpoints (`audit_signing_key`, 32 bytes in base64).
    public var signingKey: SecretRef
    /// Where checkpoint lines are appended; outside the database, ideally on append-only storage.
    /// nil means `audit-checkpoints.jsonl` in the state directory.
    public var checkpointFile: String?
    public var checkpointIntervalSeconds: Int
    /// Also send each checkpoint line to the local syslog (facility auth), where a log shipper can copy it off the host.
    public var syslog: Bool

    public static let defaults = AuditConfig(
        signingKey: .file("audit_signing_key"), checkpointFile: nil, checkpointIntervalSeconds: 300, syslog: false
    )

    public init(signingKey: SecretRef, checkpointFile: String?, checkpointIntervalSeconds: Int, syslog: Bool) {
        self.signingKey = signingKey
        self.checkpointFile = checkpointFile
        self.checkpointIntervalSeconds = checkpointIntervalSeconds
        self.syslog = syslog
    }

    /// The checkpoint file for a deployment whose state lives in `stateDir`.
    public func checkpointPath(stateDir: String) -> String {
        checkpointFile ?? stateDir + "/audit-checkpoints.jsonl"
    }
}
