/// The body of a method without parameters: `{}`.
public struct EmptyParameters: Codable, Sendable, Hashable {
    public init() {}
}
