import Foundation
import OpenClawCore
import Testing

/// `ConfigSchema` is the one list of keys: the parser reads each of them with the type and range
/// the schema gives, refuses every other key, and docs/CONFIGURATION.md lists exactly them.
@Suite struct ConfigSchemaTests {
    /// A valid document with one entry for each operator-named map, so every key has a place.
    static let base: JSONValue = [
        "channels": [
            "telegram": [
                "botToken": ["source": "file", "id": "telegram_bot_token"],
                "allowFrom": ["*", 1001],
                "groups": ["-100123": [:]],
            ]
        ],
        "models": [
            "providers": [
                "p": ["api": "openai-completions", "baseUrl": "http://127.0.0.1:11434/v1", "models": [["id": "m", "cost": ["input": 1, "output": 1]]]]
            ]
        ],
        "agents": ["defaults": ["model": "p/m"]],
    ]

    /// The file's key path for a schema path in `base`: placeholders by the names used there.
    static func filePath(_ schemaPath: String) -> String {
        schemaPath.replacingOccurrences(of: "<id>", with: "p").replacingOccurrences(of: "<chatId>", with: "-100123")
            .replacingOccurrences(of: "<kind>", with: "email").replacingOccurrences(of: "models[]", with: "models[0]")
    }

    static func filePath(_ key: ConfigSchema.Key) -> String { filePath(key.path) }

    /// `base`, on PostgreSQL for the `state.postgres` keys (which only that backend reads).
    static func base(for filePath: String) -> JSONValue {
        var document = base
        if filePath.hasPrefix("state.postgres.") {
            document.set("postgres", at: ["state", "backend"])
            document.set(["source": "env", "id": "POSTGRES_URL"], at: ["state", "postgres", "url"])
        }
        return document
    }

    /// `base` with `value` at `filePath` (`models[0]` is the first model of provider `p`).
    static func document(setting filePath: String, to value: JSONValue) -> JSONValue {
        var document = base(for: filePath)
        let path = filePath.split(separator: ".").map(String.init)
        if let item = path.firstIndex(of: "models[0]") {
            var model: JSONValue = [:]
            if case .array(let items)? = document["models"]?["providers"]?["p"]?["models"], let first = items.first { model = first }
            model.set(value, at: path[(item + 1)...])
            document.set([model], at: path[..<item] + ["models"])
        } else {
            document.set(value, at: path)
        }
        return document
    }

    static func document(setting key: ConfigSchema.Key, to value: JSONValue) -> JSONValue {
        document(setting: filePath(key), to: value)
    }

    static func issues(_ document: JSONValue) -> [ConfigIssue] {
        do {
            _ = try ConfigParser.parse(document)
            return []
        } catch {
            return error.issues
        }
    }

    /// A value of the wrong kind for `type`.
    static func wrongValue(for type: ConfigSchema.ValueType) -> JSONValue {
        switch type {
        case .string, .strings, .userIds, .secretReference, .rate, .oneOf: 7
        case .integer, .number, .boolean: "seven"
        case .positiveNumber: 0
        }
    }

    @Test func theBaseDocumentIsValid() {
        #expect(Self.issues(Self.base).isEmpty)
    }

    /// A key the parser did not read would accept anything: each one must refuse a wrong value at its path.
    @Test(arguments: ConfigSchema.keys.map(\.path))
    func everyKeyIsReadWithItsType(path: String) throws {
        let key = try #require(ConfigSchema.key(at: path))
        let issues = Self.issues(Self.document(setting: key, to: Self.wrongValue(for: key.type)))
        #expect(issues.contains { $0.path == Self.filePath(key) }, "\(issues)")
    }

    @Test(arguments: ConfigSchema.keys.map(\.path))
    func rangesAndAllowedValuesAreThoseTheParserApplies(path: String) throws {
        let key = try #require(ConfigSchema.key(at: path))
        let filePath = Self.filePath(key)
        func refuses(_ value: JSONValue) -> Bool { Self.issues(Self.document(setting: key, to: value)).contains { $0.path == filePath } }
        switch key.type {
        case .integer(let range):
            #expect(!refuses(.number(Double(range.lowerBound))) && !refuses(.number(Double(range.upperBound))))
            #expect(refuses(.number(Double(range.lowerBound) - 1)) && refuses(.number(Double(range.upperBound) + 1)))
        case .number(let range):
            #expect(!refuses(.number(range.lowerBound)) && !refuses(.number(range.upperBound)))
            #expect(refuses(.number(range.lowerBound - 1)) && refuses(.number(range.upperBound * 2 + 1)))
        case .positiveNumber(let upper):
            #expect(!refuses(.number(upper)) && !refuses(0.01))
            #expect(refuses(.number(upper * 2)) && refuses(-1))
        case .oneOf(let allowed):
            for value in allowed { #expect(!refuses(.string(value)), "\(value)") }
            #expect(refuses("none-of-these"))
        default:
            break
        }
    }

    /// Every object of the schema refuses a key it does not list (maps of operator-chosen names have rules of their own).
    @Test func everyObjectRefusesUnknownKeys() {
        var objects: Set<String> = [""]
        for key in ConfigSchema.keys {
            let parts = key.components
            for depth in 1..<parts.count where !parts[depth].hasPrefix("<") {
                objects.insert(parts[..<depth].joined(separator: "."))
            }
        }
        for object in objects.sorted() {
            let probe = object.isEmpty ? "zzUnknown" : Self.filePath(object) + ".zzUnknown"
            let issues = Self.issues(Self.document(setting: probe, to: 1))
            #expect(issues.contains { $0.path == probe && $0.message.hasPrefix("unknown key") }, "\(probe): \(issues)")
        }
    }

    @Test func secretReferencesAndOperatorNamedKeysCannotComeFromTheEnvironment() {
        for key in ConfigSchema.keys where key.environment {
            #expect(key.type != .secretReference, "\(key.path)")
            #expect(!key.path.contains("<") && !key.path.contains("[]"), "\(key.path)")
        }
    }

    /// The keys whose default is a value the file could hold, and that `base` leaves out.
    static let keysWithValueDefaults: [String] = ConfigSchema.keys.compactMap { key in
        guard case .value = key.defaultValue, key.path != "channels.telegram.allowFrom" else { return nil }
        return key.path
    }

    /// The parser's default is the schema's: leaving a key out reads exactly as writing its default.
    @Test(arguments: keysWithValueDefaults)
    func leavingAKeyOutReadsAsItsSchemaDefault(path: String) throws {
        let key = try #require(ConfigSchema.key(at: path))
        guard case .value(let value) = key.defaultValue else { return }
        let implicit = try ConfigParser.parse(Self.base(for: Self.filePath(key)))
        let explicit = try ConfigParser.parse(Self.document(setting: key, to: value))
        #expect(String(reflecting: implicit) == String(reflecting: explicit))
    }

    /// docs/CONFIGURATION.md's table: one row per schema key, with its environment and reload columns.
    @Test func theDocumentedTableListsExactlyTheSchemaKeys() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/CONFIGURATION.md"), encoding: .utf8)
        var rows: [String: [String]] = [:]
        for line in doc.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 5 else { continue }
            rows[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = Array(cells[2...])
        }
        #expect(Set(rows.keys) == Set(ConfigSchema.keys.map(\.path)), "in the docs only: \(Set(rows.keys).subtracting(ConfigSchema.keys.map(\.path)).sorted()); in the schema only: \(Set(ConfigSchema.keys.map(\.path)).subtracting(rows.keys).sorted())")
        for key in ConfigSchema.keys {
            guard let cells = rows[key.path] else { continue }
            #expect(cells[1] == (key.environment ? "yes" : "no"), "\(key.path): environment column")
            #expect(cells[2] == key.reload.rawValue, "\(key.path): reload column")
            #expect(Self.documentedDefault(cells[0], matches: key.defaultValue), "\(key.path): default column \(cells[0])")
        }
    }

    /// A default cell says what the schema says: the value itself in backticks, `required…`, or `none…`.
    static func documentedDefault(_ cell: String, matches defaultValue: ConfigSchema.Default) -> Bool {
        switch defaultValue {
        case .required: cell.hasPrefix("required")
        case .none: cell.hasPrefix("none") || cell.hasPrefix("built-in")
        case .described: true
        case .value(let value):
            cell.hasPrefix("`") && cell.hasSuffix("`")
                && (try? ConfigParser.document(from: Data(cell.trimmingCharacters(in: CharacterSet(charactersIn: "`")).utf8))) == value
        }
    }
}
