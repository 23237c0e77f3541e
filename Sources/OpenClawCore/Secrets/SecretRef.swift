/// Where a secret lives: a file in `secrets.dir` (Docker secrets) or an environment variable.
/// The configuration holds only this reference, never the value.
public struct SecretRef: Sendable, Hashable, CustomStringConvertible {
    public enum Source: String, Sendable {
        case file
        case env
    }

    public var source: Source
    public var id: String

    public init(source: Source, id: String) {
        self.source = source
        self.id = id
    }

    public static func file(_ id: String) -> SecretRef { SecretRef(source: .file, id: id) }

    public var description: String { "\(source.rawValue):\(id)" }
}
