/// `secrets.maxAgeDays` and `secrets.warnDays`.
public struct SecretPolicy: Sendable, Equatable {
    public var maxAgeDays: Int
    public var warnDays: Int

    public init(maxAgeDays: Int = 90, warnDays: Int = 14) {
        self.maxAgeDays = maxAgeDays
        self.warnDays = warnDays
    }

    public init(_ config: SecretsConfig) {
        self.init(maxAgeDays: config.maxAgeDays, warnDays: config.warnDays)
    }
}
