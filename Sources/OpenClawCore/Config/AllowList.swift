/// A set of numeric Telegram user ids, or everyone (`"*"`).
///
/// Entries are numeric ids, optionally written `telegram:123` or `tg:123`. Usernames are refused:
/// they can be changed and re-registered, so they are not an identity.
public struct AllowList: Sendable, Equatable {
    public var allowsEveryone: Bool
    public var ids: Set<Int64>

    public init(allowsEveryone: Bool = false, ids: Set<Int64> = []) {
        self.allowsEveryone = allowsEveryone
        self.ids = ids
    }

    public static let empty = AllowList()

    public var isEmpty: Bool { !allowsEveryone && ids.isEmpty }

    public func contains(_ userId: Int64?) -> Bool {
        if allowsEveryone { return true }
        guard let userId else { return false }
        return ids.contains(userId)
    }

    /// Parses one entry; nil with a reason when it is not a numeric id or `"*"`.
    public static func parseEntry(_ text: String) -> Result<Int64?, ConfigIssueReason> {
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
public struct ConfigIssueReason: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
