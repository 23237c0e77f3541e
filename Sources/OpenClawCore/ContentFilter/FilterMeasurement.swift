/// How well a filter separates a labelled set: the share of injections it puts over the threshold
/// and the share of benign messages it wrongly does.
public struct FilterMeasurement: Sendable {
    public var benignCount = 0
    public var injectionCount = 0
    /// Injections over the threshold.
    public var detected = 0
    /// Benign messages over the threshold.
    public var falsePositives = 0
    /// For each rule id, how many false positives it scored on.
    public var falsePositiveRules: [String: Int] = [:]
    /// The positions in the set of the injections that stayed under the threshold.
    public var missedIndexes: [Int] = []
    /// The positions in the set of the benign messages that went over.
    public var falsePositiveIndexes: [Int] = []

    public init(filter: ContentFilter, messages: [LabelledMessage]) {
        for (index, message) in messages.enumerated() {
            let verdict = filter.evaluate(message.text)
            switch message.label {
            case .injection:
                injectionCount += 1
                if verdict.isOver { detected += 1 } else { missedIndexes.append(index) }
            case .benign:
                benignCount += 1
                guard verdict.isOver else { continue }
                falsePositives += 1
                falsePositiveIndexes.append(index)
                for match in verdict.matches { falsePositiveRules[match.ruleId, default: 0] += 1 }
            }
        }
    }

    /// Injections over the threshold / injections (0 for a set without any).
    public var detectionRate: Double {
        injectionCount == 0 ? 0 : Double(detected) / Double(injectionCount)
    }

    /// Benign messages over the threshold / benign messages (0 for a set without any).
    public var falsePositiveRate: Double {
        benignCount == 0 ? 0 : Double(falsePositives) / Double(benignCount)
    }
}
