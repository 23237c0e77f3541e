/// Why a request failed and what to do about it (Bot API `ResponseParameters`).
package struct ResponseParameters: Codable, Sendable, Hashable {
    /// Seconds to wait before repeating a request refused for flood control (HTTP 429).
    package var retryAfter: Int?
    /// The supergroup id a group chat has migrated to.
    package var migrateToChatId: Int64?

    package init(retryAfter: Int? = nil, migrateToChatId: Int64? = nil) {
        self.retryAfter = retryAfter
        self.migrateToChatId = migrateToChatId
    }

    enum CodingKeys: String, CodingKey {
        case retryAfter = "retry_after"
        case migrateToChatId = "migrate_to_chat_id"
    }
}
