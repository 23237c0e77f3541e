import OpenClawCore
import OpenClawFiles

/// The PostgreSQL backend's checks (`state.backend: "postgres"`): a database reached in plain
/// text over the network, a URL without a password, the superuser. The URL is read from its
/// secret only to learn the host and the user; nothing of it but the host reaches a finding.
struct PostgresAudit {
    let config: OpenClawConfig
    let reader: SecretReader

    func findings() -> [AuditFinding] {
        guard config.state.backend == .postgres, let postgres = config.state.postgres else { return [] }
        let url = (try? reader.read(postgres.url, for: "state.postgres.url")).flatMap(PostgresURL.init)
        var findings: [AuditFinding] = []
        if postgres.tls == .disable, url?.isLoopback != true {
            let host = url.map { "the database server \($0.host)" } ?? "the database server (its URL could not be read)"
            findings.append(AuditFinding(
                "state.postgres.tls_disabled", .critical, target: "state.postgres.tls",
                "\(host) is reached in plain text: the database password and every row (sealed text aside) cross the network readable and changeable",
                fix: "remove \"tls\": \"disable\" (TLS is then required and the server's certificate checked; state.postgres.caFile for a private CA)"
            ))
        }
        guard let url, !url.isLoopback else { return findings }
        if url.password?.isEmpty ?? true {
            findings.append(AuditFinding(
                "state.postgres.no_password", .warn, target: "state.postgres.url",
                "the URL for \(url.host) has no password: the server lets this user in without one (trust authentication), so anyone who reaches it can",
                fix: "give the user a strong password (scram-sha-256 in pg_hba.conf) and put it in the URL's secret"
            ))
        }
        if url.user == "postgres" {
            findings.append(AuditFinding(
                "state.postgres.superuser", .warn, target: "state.postgres.url",
                "the gateway connects to \(url.host) as the superuser postgres: a flaw in it could read or drop every database on the server",
                fix: "create a user that owns only the gateway's database (or schema) and connect as that user"
            ))
        }
        return findings
    }
}
