/// How well a filter separates a labelled set: the share of injections it puts over the threshold
/// and the share of benign messages it wrongly does.
package struct FilterMeasurement: Sendable {
    package var benignCount = 0
    package var injectionCount = 0
    /// Injections over the threshold.
    package var detected = 0
    /// Benign messages over the threshold.
    package var falsePositives = 0
    /// For each rule id, how many false positives it scored on.
    package var falsePositiveRules: [String: Int] = [:]
    /// The positions in the set of the injections that stayed under the threshold.
    package var missedIndexes: [Int] = []
    /// The positions in the set of the benign messages that went over.
    package var falsePositiveIndexes: [Int] = []
    /// The same counts for each message class, language and encoding the set names
    /// (keys such as `class=indirect`, `lang=tr`, `encoding=hex`).
    package var groups: [String: FilterMeasurement] = [:]

    package init(filter: ContentFilter, messages: [LabelledMessage]) {
        for (index, message) in messages.enumerated() {
            let verdict = filter.evaluate(message.text)
            count(message, verdict, index)
            let keys = [("class", message.category), ("lang", message.language), ("encoding", message.encoding)]
            for case let (name, value?) in keys {
                groups["\(name)=\(value)", default: FilterMeasurement()].count(message, verdict, index)
            }
        }
    }

    private init() {}

    private mutating func count(_ message: LabelledMessage, _ verdict: ContentVerdict, _ index: Int) {
        switch message.label {
        case .injection:
            injectionCount += 1
            if verdict.isOver { detected += 1 } else { missedIndexes.append(index) }
        case .benign:
            benignCount += 1
            guard verdict.isOver else { return }
            falsePositives += 1
            falsePositiveIndexes.append(index)
            for match in verdict.matches { falsePositiveRules[match.ruleId, default: 0] += 1 }
        }
    }

    /// Injections over the threshold / injections (0 for a set without any).
    package var detectionRate: Double {
        injectionCount == 0 ? 0 : Double(detected) / Double(injectionCount)
    }

    /// Benign messages over the threshold / benign messages (0 for a set without any).
    package var falsePositiveRate: Double {
        benignCount == 0 ? 0 : Double(falsePositives) / Double(benignCount)
    }
}
