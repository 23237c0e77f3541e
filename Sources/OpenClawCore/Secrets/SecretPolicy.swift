/// `secrets.maxAgeDays` and `secrets.warnDays`.
package struct SecretPolicy: Sendable, Equatable {
    package var maxAgeDays: Int
    package var warnDays: Int

    package init(maxAgeDays: Int = 90, warnDays: Int = 14) {
        self.maxAgeDays = maxAgeDays
        self.warnDays = warnDays
    }

    package init(_ config: SecretsConfig) {
        self.init(maxAgeDays: config.maxAgeDays, warnDays: config.warnDays)
    }
}
