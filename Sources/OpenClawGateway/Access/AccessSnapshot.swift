/// The grants access control reads from the store, held in memory: DM grants (pairing approvals
/// and `allowlist add`), the owner recorded by the first approval, and group moves.
struct AccessSnapshot: Sendable {
    var dmGrants: Set<Int64>
    var storedOwner: Int64?
    /// New chat id → the id it was first known by.
    var migrationRoots: [Int64: Int64]

    static let empty = AccessSnapshot(dmGrants: [], storedOwner: nil, migrationRoots: [:])

    func migratedFrom(_ chatId: Int64) -> Int64? {
        migrationRoots[chatId]
    }

    /// A move recorded meanwhile: the new id inherits whatever the old one was first known by.
    mutating func record(_ move: GroupMove) {
        migrationRoots[move.to] = migrationRoots[move.from] ?? move.from
    }
}
