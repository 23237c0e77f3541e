/// USD spent so far in the current UTC periods, as summed from the usage ledger.
package struct BudgetSpend: Sendable, Equatable {
    package var userDay: Double
    package var userMonth: Double
    package var globalDay: Double
    package var globalMonth: Double

    package init(userDay: Double = 0, userMonth: Double = 0, globalDay: Double = 0, globalMonth: Double = 0) {
        self.userDay = userDay
        self.userMonth = userMonth
        self.globalDay = globalDay
        self.globalMonth = globalMonth
    }

    package subscript(scope: BudgetScope) -> Double {
        switch scope {
        case .userDay: userDay
        case .userMonth: userMonth
        case .globalDay: globalDay
        case .globalMonth: globalMonth
        }
    }
}
