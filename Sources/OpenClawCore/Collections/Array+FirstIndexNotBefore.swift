extension Array {
    /// The first index whose element does not belong before the boundary, in an array where every
    /// element that does (`belongsBefore`) comes first: a binary search.
    func firstIndex(notBefore belongsBefore: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
