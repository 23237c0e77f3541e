extension ConfigParser {
    static func parseState(_ top: ConfigObject) -> StateConfig {
        guard let section = top.object("state") else { return StateConfig(dir: "./state") }
        let backend = section.oneOf("backend", default: StateConfig.Backend.sqlite)
        // A missing section reads as an empty one, so presence is asked first.
        let postgres = section.has("postgres") ? section.object("postgres") : nil
        var state = StateConfig(dir: section.string("dir") ?? "./state", backend: backend)
        switch (backend, postgres) {
        case (.sqlite, _?):
            section.issues.add(section.keyPath("postgres"), "is set but state.backend is \"sqlite\"; set state.backend to \"postgres\" or remove it")
        case (.postgres, nil):
            section.issues.add(section.keyPath("postgres"), "is required when state.backend is \"postgres\" (state.postgres.url names the secret)")
        case (.postgres, let postgres?):
            state.postgres = parsePostgres(postgres)
        case (.sqlite, nil):
            break
        }
        return state
    }

    private static func parsePostgres(_ section: ConfigObject) -> PostgresStateConfig? {
        guard let url = section.secretRef("url") else {
            if !section.has("url") {
                section.issues.add(section.keyPath("url"), "is required: a secret reference to postgresql://user:password@host/database")
            }
            return nil
        }
        let schema = section.string("schema")
        if let schema, !PostgresStateConfig.isValidSchema(schema) {
            section.issues.add(section.keyPath("schema"), "must be 1 to 63 of a-z, 0-9 and _, starting with a letter or _")
        }
        return PostgresStateConfig(
            url: url,
            tls: section.has("tls") ? section.oneOf("tls", default: PostgresStateConfig.TLS.require) : nil,
            caFile: section.string("caFile"),
            schema: schema,
            maxConnections: section.int("maxConnections", default: 8, range: 2...100),
            replicaLeaseSeconds: section.int("replicaLeaseSeconds", default: 10, range: 2...300)
        )
    }
}
