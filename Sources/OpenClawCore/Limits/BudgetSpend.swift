/// USD spent so far in the current UTC periods, as summed from the usage ledger.
public struct BudgetSpend: Sendable, Equatable {
    public var userDay: Double
    public var userMonth: Double
    public var globalDay: Double
    public var globalMonth: Double

    public init(userDay: Double = 0, userMonth: Double = 0, globalDay: Double = 0, globalMonth: Double = 0) {
        self.userDay = userDay
        self.userMonth = userMonth
        self.globalDay = globalDay
        self.globalMonth = globalMonth
    }

    public subscript(scope: BudgetScope) -> Double {
        switch scope {
        case .userDay: userDay
        case .userMonth: userMonth
        case .globalDay: globalDay
        case .globalMonth: globalMonth
        }
    }
}
