/// A set of numeric Telegram user ids, or everyone (`"*"`).
///
/// Entries are numeric ids, optionally written `telegram:123` or `tg:123`. Usernames are refused:
/// they can be changed and re-registered, so they are not an identity.
package struct AllowList: Sendable, Equatable {
    package var allowsEveryone: Bool
    package var ids: Set<Int64>

    package init(allowsEveryone: Bool = false, ids: Set<Int64> = []) {
        self.allowsEveryone = allowsEveryone
        self.ids = ids
    }

    package static let empty = AllowList()

    package var isEmpty: Bool { !allowsEveryone && ids.isEmpty }

    package func contains(_ userId: Int64?) -> Bool {
        if allowsEveryone { return true }
        guard let userId else { return false }
        return ids.contains(userId)
    }

    /// Parses one entry; nil with a reason when it is not a numeric id or `"*"`.
    package static func parseEntry(_ text: String) -> Result<Int64?, ConfigIssueReason> {
        var entry = text.trimmingWhitespace()
        if entry == "*" { return .success(nil) }
        for prefix in ["telegram:", "tg:"] where entry.lowercased().hasPrefix(prefix) {
            entry = entry.dropFirst(prefix.count)
        }
        if entry.hasPrefix("@") || entry.contains(where: \.isLetter) {
            return .failure(ConfigIssueReason(
                "usernames are not identities (they can be changed); use the numeric user id, which the user sees with /whoami"
            ))
        }
        guard let id = Int64(entry) else {
            return .failure(ConfigIssueReason("not a numeric Telegram id"))
        }
        return .success(id)
    }
}

/// Why a value was refused, before a key path is attached.
package struct ConfigIssueReason: Error, Sendable, Equatable {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }
}
