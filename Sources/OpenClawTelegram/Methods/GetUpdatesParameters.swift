/// Body of `getUpdates`.
package struct GetUpdatesParameters: Codable, Sendable, Hashable {
    /// Confirms every update below it; the answer starts at this id.
    package var offset: Int64?
    /// 1–100.
    package var limit: Int?
    /// Long-poll seconds; 0 answers at once.
    package var timeout: Int?
    package var allowedUpdates: [String]?

    package init(offset: Int64? = nil, limit: Int? = nil, timeout: Int? = nil, allowedUpdates: [String]? = nil) {
        self.offset = offset
        self.limit = limit
        self.timeout = timeout
        self.allowedUpdates = allowedUpdates
    }

    enum CodingKeys: String, CodingKey {
        case offset, limit, timeout
        case allowedUpdates = "allowed_updates"
    }
}
