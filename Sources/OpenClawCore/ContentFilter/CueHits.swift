/// Where each cue occurs in a message, as ranges of word positions in the order they start.
struct CueHits {
    private var ranges: [[Range<Int>]] = Array(repeating: [], count: Cue.allCases.count)

    mutating func add(_ cue: Cue, _ range: Range<Int>) {
        ranges[cue.rawValue].append(range)
    }

    func hits(_ cue: Cue) -> [Range<Int>] {
        ranges[cue.rawValue]
    }

    func has(_ cue: Cue) -> Bool {
        !ranges[cue.rawValue].isEmpty
    }

    /// The hits of `cue` that start within `positions`.
    func hits(_ cue: Cue, startingIn positions: ClosedRange<Int>) -> ArraySlice<Range<Int>> {
        let all = ranges[cue.rawValue]
        let low = all.firstIndex(notBefore: { $0.lowerBound < positions.lowerBound })
        var end = low
        while end < all.count, all[end].lowerBound <= positions.upperBound { end += 1 }
        return all[low..<end]
    }

    func has(_ cue: Cue, startingIn positions: ClosedRange<Int>) -> Bool {
        !hits(cue, startingIn: positions).isEmpty
    }

    /// Whether a hit of `first` is followed by a hit of `second` starting at most `gap` words after it.
    func has(_ first: Cue, followedBy second: Cue, within gap: Int) -> Bool {
        hits(first).contains { has(second, startingIn: $0.upperBound...($0.upperBound + gap)) }
    }

    /// Whether `first` and `second` occur at most `gap` words apart, in either order.
    func has(_ first: Cue, near second: Cue, within gap: Int) -> Bool {
        has(first, followedBy: second, within: gap) || has(second, followedBy: first, within: gap)
    }
}
