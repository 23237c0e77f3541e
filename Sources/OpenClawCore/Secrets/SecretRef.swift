/// Where a secret lives: a file in `secrets.dir` (Docker secrets) or an environment variable.
/// The configuration holds only this reference, never the value.
package struct SecretRef: Sendable, Hashable, CustomStringConvertible {
    package enum Source: String, Sendable {
        case file
        case env
    }

    package var source: Source
    package var id: String

    package init(source: Source, id: String) {
        self.source = source
        self.id = id
    }

    package static func file(_ id: String) -> SecretRef { SecretRef(source: .file, id: id) }

    package var description: String { "\(source.rawValue):\(id)" }
}
