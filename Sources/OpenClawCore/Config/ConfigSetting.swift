/// One key's value in a configuration document, with the default filled in where the file leaves
/// the key out: what the gateway runs with for that key.
package struct ConfigSetting: Sendable, Equatable {
    /// The key path in the file (`channels.telegram.groups.-100123.allowFrom`); an array of objects
    /// (`models.providers.local.models`) is one setting.
    package var components: [String]
    /// The key in `ConfigSchema` (`channels.telegram.groups.<chatId>.allowFrom`).
    package var schemaPath: String
    package var value: JSONValue

    package var path: String { components.joined(separator: ".") }

    /// Whether a running gateway applies a change to this setting.
    package var reload: ConfigSchema.Reload {
        if let key = ConfigSchema.key(at: schemaPath) { return key.reload }
        let nested = ConfigSchema.keys.filter { $0.path.hasPrefix(schemaPath + ".") }
        return nested.contains { $0.reload == .restart } ? .restart : .live
    }

    /// Every setting of a document (as read, environment overrides applied), by path. Keys the
    /// schema does not know are left out: validation refuses them.
    package static func all(in document: JSONValue) -> [String: ConfigSetting] {
        var settings: [String: ConfigSetting] = [:]
        collect(document, components: [], schemaPath: "", into: &settings)
        return settings
    }

    private static func collect(_ value: JSONValue?, components: [String], schemaPath: String, into settings: inout [String: ConfigSetting]) {
        func record(_ value: JSONValue) {
            let setting = ConfigSetting(components: components, schemaPath: schemaPath, value: value)
            settings[setting.path] = setting
        }
        let present: JSONValue? = value == .null ? nil : value
        if let key = ConfigSchema.key(at: schemaPath) {
            var effective = present
            if effective == nil, case .value(let defaultValue) = key.defaultValue { effective = defaultValue }
            if let effective { record(effective) }
            return
        }
        if schemaPath.hasSuffix("[]") {
            if let present { record(present) }
            return
        }
        guard case .object(let members) = present ?? .object([:]) else { return }
        if let placeholder = ConfigSchema.placeholder(in: schemaPath) {
            for (name, member) in members {
                collect(member, components: components + [name], schemaPath: join(schemaPath, placeholder), into: &settings)
            }
            return
        }
        for name in ConfigSchema.memberNames(of: schemaPath) {
            collect(members[name], components: components + [name], schemaPath: ConfigSchema.child(name, of: schemaPath), into: &settings)
        }
    }

    private static func join(_ parent: String, _ segment: String) -> String {
        parent.isEmpty ? segment : parent + "." + segment
    }
}
