/// Joins a configured base URL and an API path without doubling or dropping the slash.
enum URLJoin {
    static func join(_ base: String, _ path: String) -> String {
        var base = Substring(base)
        while base.hasSuffix("/") { base = base.dropLast() }
        return path.hasPrefix("/") ? "\(base)\(path)" : "\(base)/\(path)"
    }
}
