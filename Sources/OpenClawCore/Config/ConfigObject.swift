/// Collects every problem found while reading a configuration, so the operator sees them all at once.
final class IssueCollector {
    private(set) var issues: [ConfigIssue] = []

    func add(_ path: String, _ message: String) {
        issues.append(ConfigIssue(path: path, message: message))
    }
}

/// A JSON object being read as one section of the configuration: typed getters that record a
/// precise issue (key path and rule) instead of throwing, and refuse keys the section does not know.
struct ConfigObject {
    let path: String
    /// Where this object sits in `ConfigSchema` (`models.providers.<id>` for `models.providers.local`).
    let schemaPath: String
    let members: [String: JSONValue]
    let issues: IssueCollector

    /// An object of the schema at `schemaPath`: it accepts the members `ConfigSchema` lists there.
    init?(_ value: JSONValue?, path: String, schemaPath: String, issues: IssueCollector) {
        self.init(value, path: path, schemaPath: schemaPath, knownKeys: ConfigSchema.memberNames(of: schemaPath), issues: issues)
    }

    /// Nil (with an issue recorded) when `value` is not an object; a missing section reads as empty.
    init?(_ value: JSONValue?, path: String, schemaPath: String? = nil, knownKeys: Set<String>, issues: IssueCollector) {
        self.path = path
        self.schemaPath = schemaPath ?? path
        self.issues = issues
        switch value {
        case nil, .null?:
            self.members = [:]
        case .object(let members)?:
            self.members = members
            for key in members.keys.sorted() where !knownKeys.contains(key) {
                issues.add(Self.join(path, key), "unknown key (known here: \(knownKeys.sorted().joined(separator: ", ")))")
            }
        case let other?:
            // The document itself has no key path: name the file, as for JSON that does not parse.
            issues.add(path.isEmpty ? "(file)" : path, "expected an object, found \(other.typeName)")
            return nil
        }
    }

    /// An empty key reads `""`, so its issue still names where it is.
    static func join(_ path: String, _ key: String) -> String {
        let name = key.isEmpty ? "\"\"" : key
        return path.isEmpty ? name : "\(path).\(name)"
    }

    func keyPath(_ key: String) -> String { Self.join(path, key) }

    func has(_ key: String) -> Bool {
        if case .null? = members[key] { return false }
        return members[key] != nil
    }

    /// The member `key` as an object of the schema.
    func object(_ key: String) -> ConfigObject? {
        ConfigObject(members[key], path: keyPath(key), schemaPath: ConfigSchema.child(key, of: schemaPath), issues: issues)
    }

    /// The entry `name` of the map `mapKey` (`providers`, `groups`) as an object of the schema.
    func entry(_ name: String, of mapKey: String, _ value: JSONValue) -> ConfigObject? {
        let mapPath = ConfigSchema.child(mapKey, of: schemaPath)
        return ConfigObject(
            value, path: Self.join(keyPath(mapKey), name), schemaPath: ConfigSchema.child(name, of: mapPath), issues: issues
        )
    }

    /// Item `index` of the array of objects `key` (`models`) as an object of the schema.
    func item(_ index: Int, of key: String, _ value: JSONValue) -> ConfigObject? {
        ConfigObject(value, path: keyPath(key) + "[\(index)]", schemaPath: ConfigSchema.child(key, of: schemaPath), issues: issues)
    }

    /// An object whose keys are names chosen by the operator (`groups`, `providers`).
    func map(_ key: String) -> [(String, JSONValue)] {
        switch members[key] {
        case nil, .null?: return []
        case .object(let entries)?: return entries.sorted { $0.key < $1.key }
        case let other?:
            issues.add(keyPath(key), "expected an object, found \(other.typeName)")
            return []
        }
    }

    func string(_ key: String) -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        case let other?:
            issues.add(keyPath(key), "expected a string, found \(other.typeName)")
            return nil
        }
    }

    func string(_ key: String, default defaultValue: String) -> String {
        string(key) ?? defaultValue
    }

    func oneOf<T: RawRepresentable & CaseIterable>(_ key: String, default defaultValue: T) -> T where T.RawValue == String {
        guard let text = string(key) else { return defaultValue }
        guard let value = T(rawValue: text) else {
            issues.add(keyPath(key), "must be one of \(T.allCases.map(\.rawValue).joined(separator: " | "))")
            return defaultValue
        }
        return value
    }

    func bool(_ key: String, default defaultValue: Bool) -> Bool {
        switch members[key] {
        case nil, .null?: return defaultValue
        case .bool(let value)?: return value
        case let other?:
            issues.add(keyPath(key), "expected true or false, found \(other.typeName)")
            return defaultValue
        }
    }

    func int(_ key: String, default defaultValue: Int, range: ClosedRange<Int>) -> Int {
        switch members[key] {
        case nil, .null?: return defaultValue
        case .number(let number)?:
            guard number.rounded() == number, let value = Int(exactly: number), range.contains(value) else {
                issues.add(keyPath(key), "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
                return defaultValue
            }
            return value
        case let other?:
            issues.add(keyPath(key), "expected a number, found \(other.typeName)")
            return defaultValue
        }
    }

    func double(_ key: String, default defaultValue: Double, range: ClosedRange<Double>) -> Double {
        switch members[key] {
        case nil, .null?: return defaultValue
        case .number(let value)?:
            guard range.contains(value) else {
                issues.add(keyPath(key), "must be a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))")
                return defaultValue
            }
            return value
        case let other?:
            issues.add(keyPath(key), "expected a number, found \(other.typeName)")
            return defaultValue
        }
    }

    /// `1000000`, not `1e+06`: bounds as an operator writes them.
    private static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    func stringArray(_ key: String) -> [String] {
        switch members[key] {
        case nil, .null?: return []
        case .array(let items)?:
            return items.enumerated().compactMap { index, item in
                if case .string(let text) = item { return text }
                issues.add("\(keyPath(key))[\(index)]", "expected a string, found \(item.typeName)")
                return nil
            }
        case let other?:
            issues.add(keyPath(key), "expected an array, found \(other.typeName)")
            return []
        }
    }

    /// Numeric ids or strings (`"123"`, `"tg:123"`, `"*"`).
    func allowList(_ key: String) -> AllowList? {
        switch members[key] {
        case nil, .null?: return nil
        case .array(let items)?:
            var list = AllowList()
            for (index, item) in items.enumerated() {
                let itemPath = "\(keyPath(key))[\(index)]"
                switch item {
                case .number(let number):
                    guard let id = Int64(exactly: number) else {
                        issues.add(itemPath, "not a numeric Telegram id")
                        continue
                    }
                    list.ids.insert(id)
                case .string(let text):
                    switch AllowList.parseEntry(text) {
                    case .success(nil): list.allowsEveryone = true
                    case .success(let id?): list.ids.insert(id)
                    case .failure(let reason): issues.add(itemPath, reason.message)
                    }
                default:
                    issues.add(itemPath, "expected a numeric id or \"*\", found \(item.typeName)")
                }
            }
            return list
        case let other?:
            issues.add(keyPath(key), "expected an array of user ids, found \(other.typeName)")
            return nil
        }
    }

    /// A `{source, id}` reference. An inline string is refused without echoing it.
    func secretRef(_ key: String) -> SecretRef? {
        switch members[key] {
        case nil, .null?:
            return nil
        case .string?:
            issues.add(
                keyPath(key),
                "inline secret values are refused; write {\"source\":\"file\",\"id\":\"<name>\"} and put the value in a file in secrets.dir"
            )
            return nil
        case .object?:
            guard let reference = ConfigObject(members[key], path: keyPath(key), knownKeys: ["source", "id"], issues: issues) else { return nil }
            let id = reference.string("id") ?? ""
            guard let sourceText = reference.string("source"), let source = SecretRef.Source(rawValue: sourceText) else {
                issues.add(reference.keyPath("source"), "must be \"file\" or \"env\"")
                return nil
            }
            guard SecretRef.isValidId(id) else {
                issues.add(reference.keyPath("id"), "must be a name of letters, digits, '_', '-' or '.' (no slashes)")
                return nil
            }
            return SecretRef(source: source, id: id)
        case let other?:
            issues.add(keyPath(key), "expected a secret reference object, found \(other.typeName)")
            return nil
        }
    }
}

extension SecretRef {
    /// Ids name a file inside `secrets.dir`, so path separators and `..` are refused.
    static func isValidId(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 128 && id != "." && id != ".."
            && id.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.".unicodeScalars.contains(scalar))
            }
    }
}
