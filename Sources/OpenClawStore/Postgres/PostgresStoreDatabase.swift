import Logging
import NIOSSL
import OpenClawCore
import PostgresKit
import PostgresNIO
import SQLKit
import Synchronization

/// A pool of connections to a PostgreSQL database; each call leases one for its duration.
///
/// Several processes (gateway replicas, the CLI) share the database; what must not interleave
/// between them is serialised in the transactions themselves (`StoreLock`).
final class PostgresStoreDatabase: StoreDatabase {
    let client: PostgresClient
    private let runner: Task<Void, Never>
    private let closed = Mutex(false)

    var backend: StoreBackend { .postgres }

    private init(client: PostgresClient, runner: Task<Void, Never>) {
        self.client = client
        self.runner = runner
    }

    /// A pool for `location`; its connections open on first use. Returns once the pool runs, so a
    /// first call does not find it idle (the client warns then).
    static func open(_ location: PostgresLocation, logger: Logger) async throws -> PostgresStoreDatabase {
        try await probe(location, logger: logger)
        let client = PostgresClient(configuration: try configuration(location), backgroundLogger: logger)
        let (started, signal) = AsyncStream<Void>.makeStream()
        // Detached: the pool's background work must not inherit a caller's graceful shutdown.
        let runner = Task.detached {
            signal.finish()
            await client.run()
        }
        for await _ in started {}
        return PostgresStoreDatabase(client: client, runner: runner)
    }

    func withConnection<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        guard !closed.withLock({ $0 }) else { throw StoreDatabaseClosed() }
        do {
            return try await client.withConnection { connection in
                try await body(connection.sql(queryLogLevel: nil))
            }
        } catch let error as PSQLError where error.code == .poolClosed {
            throw StoreDatabaseClosed()
        }
    }

    func close() async throws {
        let wasClosed = closed.withLock { closed in
            defer { closed = true }
            return closed
        }
        guard !wasClosed else { return }
        runner.cancel()
        await runner.value
    }

    /// The pool's settings: server and credentials from the URL, TLS as configured, and per
    /// connection the schema and the timeouts that bound a wait for a lock.
    static func configuration(_ location: PostgresLocation) throws -> PostgresClient.Configuration {
        let url = location.url
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: try tls(location)
        )
        configuration.options.maximumConnections = location.maxConnections
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = sessionParameters(location)
        return configuration
    }

    /// Run-time parameters every connection starts with.
    static func sessionParameters(_ location: PostgresLocation) -> [(String, String)] {
        var parameters = [
            ("application_name", "openclaw"),
            // Like SQLite's busy timeout: a statement waiting for another's lock fails after 5 s.
            ("lock_timeout", String(OpenClawStore.busyTimeoutMilliseconds)),
            // A transaction left open by a stalled client must not hold its locks for ever.
            ("idle_in_transaction_session_timeout", "60000"),
        ]
        if let schema = location.schema { parameters.append(("search_path", schema)) }
        return parameters
    }

    /// Connects once, so that a server that cannot be reached, refuses the credentials or does not
    /// speak TLS when it is required fails the start with its reason: the pool would retry such a
    /// connection for as long as a call waits.
    private static func probe(_ location: PostgresLocation, logger: Logger) async throws {
        let url = location.url
        let tls: PostgresConnection.Configuration.TLS = switch location.effectiveTLS {
        case .disable: .disable
        case .require: .require(try NIOSSLContext(configuration: try tlsConfiguration(location)))
        }
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls
        )
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = sessionParameters(location)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        try await connection.close()
    }

    private static func tls(_ location: PostgresLocation) throws -> PostgresClient.Configuration.TLS {
        switch location.effectiveTLS {
        case .disable:
            return .disable
        case .require:
            return .require(try tlsConfiguration(location))
        }
    }

    /// The server's certificate checked against the system's roots (or `caFile`) and the host name.
    private static func tlsConfiguration(_ location: PostgresLocation) throws -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        if let caFile = location.caFile { tls.trustRoots = .file(caFile) }
        return tls
    }
}
