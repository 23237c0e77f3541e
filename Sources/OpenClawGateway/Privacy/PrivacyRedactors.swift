import OpenClawCore

/// The redactors the pipeline uses, built once with the configured replacement texts.
struct PrivacyRedactors: Sendable {
    /// Personal data and secrets.
    let all: Redactor
    let secretsOnly: Redactor

    init(_ privacy: PrivacyConfig) {
        all = Redactor(privacy.redaction(.all))
        secretsOnly = Redactor(privacy.redaction(.secretsOnly))
    }
}
