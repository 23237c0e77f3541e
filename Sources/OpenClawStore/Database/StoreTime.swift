#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// Times are stored as integer milliseconds since 1970: exact, sortable, and the same in SQLite
// and PostgreSQL (BIGINT). Sub-millisecond precision is dropped.
extension Date {
    /// Saturates at the ends of `Int64` (a `Date` can be any Double), so no date can trap.
    var storeMillis: Int64 {
        let millis = (timeIntervalSince1970 * 1000).rounded(.down)
        return Int64(exactly: millis) ?? (millis < 0 ? .min : .max)
    }

    init(storeMillis: Int64) {
        self.init(timeIntervalSince1970: Double(storeMillis) / 1000)
    }
}
