#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// Times are stored as integer milliseconds since 1970: exact, sortable, and the same in SQLite
// and PostgreSQL (BIGINT). Sub-millisecond precision is dropped.
extension Date {
    var storeMillis: Int64 {
        Int64((timeIntervalSince1970 * 1000).rounded(.down))
    }

    init(storeMillis: Int64) {
        self.init(timeIntervalSince1970: Double(storeMillis) / 1000)
    }
}
