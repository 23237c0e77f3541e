/// Why a request failed and what to do about it (Bot API `ResponseParameters`).
public struct ResponseParameters: Codable, Sendable, Hashable {
    /// Seconds to wait before repeating a request refused for flood control (HTTP 429).
    public var retryAfter: Int?
    /// The supergroup id a group chat has migrated to.
    public var migrateToChatId: Int64?

    public init(retryAfter: Int? = nil, migrateToChatId: Int64? = nil) {
        self.retryAfter = retryAfter
        self.migrateToChatId = migrateToChatId
    }

    enum CodingKeys: String, CodingKey {
        case retryAfter = "retry_after"
        case migrateToChatId = "migrate_to_chat_id"
    }
}
