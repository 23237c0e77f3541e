/// The body of a method without parameters: `{}`.
package struct EmptyParameters: Codable, Sendable, Hashable {
    package init() {}
}
