/// A Bot API object whose presence matters but whose content we deliberately drop
/// (`forum_topic_created`, `forward_origin`). Decodes from any JSON value, encodes as `{}`.
package struct PresenceMarker: Codable, Sendable, Hashable {
    package init() {}

    package init(from decoder: any Decoder) throws {}

    package func encode(to encoder: any Encoder) throws {
        _ = encoder.container(keyedBy: NoKeys.self)
    }

    private enum NoKeys: CodingKey {}
}
