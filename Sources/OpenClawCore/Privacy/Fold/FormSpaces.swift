/// The `+` bytes of a scan that stand for spaces, as a form body (`tel=07700+900+461`) encodes them.
enum FormSpaces {
    /// No `+` is a space: text as written.
    case none
    /// Every `+` is a space: a URL query or form body whose `%XX` escapes were decoded.
    case all
    /// Only the `+` at these offsets (ascending), each with its own `=` before it.
    case at([Int])

    @inline(__always) func contains(_ offset: Int) -> Bool {
        switch self {
        case .none: return false
        case .all: return true
        case .at(let offsets):
            var low = 0
            var high = offsets.count
            while low < high {
                let middle = (low + high) / 2
                if offsets[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return low < offsets.count && offsets[low] == offset
        }
    }
}
