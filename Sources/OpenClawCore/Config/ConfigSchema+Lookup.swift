extension ConfigSchema {
    /// The schema's keys by path.
    static let keysByPath: [String: Key] = Dictionary(keys.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

    /// For each object in the schema (by its schema path, `""` for the root), the names of its members.
    static let membersByPath: [String: Set<String>] = {
        var members: [String: Set<String>] = [:]
        for key in keys {
            let parts = key.components
            for depth in parts.indices {
                let parent = parts[..<depth].joined(separator: ".")
                members[parent, default: []].insert(parts[depth])
            }
        }
        return members
    }()

    /// The key at `path` (a schema path: `models.providers.<id>.timeoutSeconds`), if any.
    package static func key(at path: String) -> Key? {
        keysByPath[path]
    }

    /// The member names the object at schema path `path` accepts, as written in the file (`models`
    /// for the array `models[]`); empty for a path that is not an object of the schema.
    static func memberNames(of path: String) -> Set<String> {
        Set((membersByPath[path] ?? []).map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : $0 })
    }

    /// The placeholder member (`<id>`) of the object at `path`, when its members are names the operator chooses.
    static func placeholder(in path: String) -> String? {
        membersByPath[path]?.first { $0.hasPrefix("<") }
    }

    /// The schema path of member `name` of the object at schema path `parent`.
    static func child(_ name: String, of parent: String) -> String {
        let members = membersByPath[parent] ?? []
        let segment = members.contains(name) ? name : members.contains(name + "[]") ? name + "[]" : placeholder(in: parent) ?? name
        return parent.isEmpty ? segment : parent + "." + segment
    }
}
