import Foundation
import OpenClawCore
import OpenClawOperations
import Testing

/// `openclaw security audit` on docker-compose.postgres.yml (two gateway replicas on PostgreSQL)
/// with the `state` block docs/DEPLOYMENT.md gives: no compose or PostgreSQL finding, and the
/// database's own service is checked like the gateways.
@Suite struct PostgresComposeAuditTests {
    static let shippedFile = AuditFixture.repositoryRoot + "/docker-compose.postgres.yml"

    /// The fixture with the PostgreSQL variant as its compose file and docs/DEPLOYMENT.md's config.
    static func fixture() throws -> AuditFixture {
        let fixture = try AuditFixture.make()
        try FileManager.default.removeItem(atPath: fixture.composePath)
        try FileManager.default.copyItem(atPath: shippedFile, toPath: fixture.composePath)
        try fixture.usePostgres("postgresql://openclaw:\(AuditFixture.postgresPassword)@postgres:5432/openclaw", tls: "require")
        let caFile = fixture.secretsDir + "/postgres_ca"
        _ = FileManager.default.createFile(atPath: caFile, contents: Data("-----BEGIN CERTIFICATE-----\n".utf8), attributes: [.posixPermissions: 0o400])
        try fixture.editConfig { $0.set(.string(caFile), at: ["state", "postgres", "caFile"]) }
        return fixture
    }

    @Test func theShippedVariantGivesNoComposeOrPostgresFinding() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let findings = await fixture.audit().findings
        let ours = findings.filter { $0.checkId.hasPrefix("compose.") || $0.checkId.hasPrefix("state.postgres.") }
        #expect(ours.isEmpty, "\(ours.map { "\($0.checkId) \($0.target)" })")
        #expect(!findings.contains { $0.severity == .critical }, "\(findings.filter { $0.severity == .critical })")
        // Both replicas come from one YAML anchor: the audit reads the merged keys, not an empty service.
        #expect(findings.allSatisfy { !$0.target.contains("services.openclaw-") }, "\(findings.map(\.target))")
    }

    /// Each protection removed from the database's service, or from the replicas' shared block, is found.
    @Test(arguments: [
        ("postgres", "    runtime: runsc\n    # The image's own", "    # The image's own", "compose.runtime_not_runsc"),
        ("postgres", "    user: \"999:999\"", "    user: \"0:0\"", "compose.user_root"),
        ("postgres", "    shm_size: 128m", "    shm_size: 128m\n    ports: [\"5432:5432\"]", "compose.port_public"),
        ("postgres", "    shm_size: 128m", "    shm_size: 128m\n    cap_add: [DAC_OVERRIDE]", "compose.cap_add_dangerous"),
        ("postgres", "      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password", "      POSTGRES_PASSWORD: hunter2hunter2", "compose.secret_in_environment"),
        ("openclaw-b", "  runtime: runsc\n  user: \"10001", "  user: \"10001", "compose.runtime_not_runsc"),
        ("openclaw-b", "  read_only: true\n  tmpfs:", "  tmpfs:", "compose.read_only_missing"),
    ])
    func aProtectionRemovedIsFound(service: String, old: String, new: String, checkId: String) async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        try fixture.replace(in: fixture.composePath, old, with: new)
        let findings = await fixture.audit().findings
        #expect(findings.contains { $0.checkId == checkId && $0.target.contains("services.\(service)") }, "\(findings.map { "\($0.checkId) \($0.target)" })")
    }
}
