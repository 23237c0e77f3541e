/// `limits.costSpike`: spend in the last `windowMinutes` above `factor` × the usual rate and above `floorUsd`.
package struct CostSpikeRule: Sendable, Equatable {
    package var factor: Double
    package var floorUsd: Double
    package var windowMinutes: Int

    package init(factor: Double = 5, floorUsd: Double = 1.0, windowMinutes: Int = 60) {
        self.factor = factor
        self.floorUsd = floorUsd
        self.windowMinutes = windowMinutes
    }
}
