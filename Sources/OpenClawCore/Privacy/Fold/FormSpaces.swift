/// The `+` bytes of a scan that stand for spaces, as a form body (`tel=07700+900+461`) encodes
/// them: each one with its own `=` before it (`ScanBuffer.plusIsFormSpace`), not every `+` of a
/// text that holds one (fuzz findings 51 and 52).
struct FormSpaces {
    /// Ascending offsets.
    private let offsets: [Int]

    static let none = FormSpaces([])

    init(_ offsets: [Int]) {
        self.offsets = offsets
    }

    @inline(__always) func contains(_ offset: Int) -> Bool {
        guard !offsets.isEmpty else { return false }
        let index = offsets.firstIndex(notBefore: { $0 < offset })
        return index < offsets.count && offsets[index] == offset
    }
}
