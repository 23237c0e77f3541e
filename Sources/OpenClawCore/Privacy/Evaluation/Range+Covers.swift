extension Sequence where Element == Range<Int> {
    /// Whether these ranges (in order, not overlapping) cover every element of `target`.
    func covers(_ target: Range<Int>) -> Bool {
        var next = target.lowerBound
        for range in self where range.upperBound > next {
            guard range.lowerBound <= next else { return false }
            next = range.upperBound
            if next >= target.upperBound { return true }
        }
        return next >= target.upperBound
    }
}
