extension Redactor {
    /// One match: what was found and where, as UTF-8 byte offsets into the input.
    package struct Finding: Sendable, Hashable {
        /// The detector that matched.
        package var kind: RedactionKind
        /// Byte offsets of the replaced text (for assignments and `Bearer`, the value only).
        package var range: Range<Int>

        /// A finding of `kind` over `range` (UTF-8 byte offsets).
        package init(kind: RedactionKind, range: Range<Int>) {
            self.kind = kind
            self.range = range
        }
    }
}
