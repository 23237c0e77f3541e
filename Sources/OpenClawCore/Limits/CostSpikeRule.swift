/// `limits.costSpike`: spend in the last `windowMinutes` above `factor` × the usual rate and above `floorUsd`.
public struct CostSpikeRule: Sendable, Equatable {
    public var factor: Double
    public var floorUsd: Double
    public var windowMinutes: Int

    public init(factor: Double = 5, floorUsd: Double = 1.0, windowMinutes: Int = 60) {
        self.factor = factor
        self.floorUsd = floorUsd
        self.windowMinutes = windowMinutes
    }
}
