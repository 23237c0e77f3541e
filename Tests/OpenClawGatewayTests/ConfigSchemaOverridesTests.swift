import Foundation
import OpenClawCore
import OpenClawGateway
import Testing

/// The environment overrides are the schema's `environment` keys, and only those.
@Suite struct ConfigSchemaOverridesTests {
    /// A variable's text that the key's type accepts.
    static func sample(_ type: ConfigSchema.ValueType) -> (text: String, value: JSONValue) {
        switch type {
        case .string: ("x", "x")
        case .rate: ("5/1m", "5/1m")
        case .oneOf(let allowed): (allowed[0], .string(allowed[0]))
        case .integer(let range): (String(range.upperBound), .number(Double(range.upperBound)))
        case .number(let range): (String(range.upperBound), .number(range.upperBound))
        case .positiveNumber: ("1.5", 1.5)
        case .boolean: ("true", true)
        case .userIds: ("1,2", ["1", "2"])
        case .strings: ("a,b", ["a", "b"])
        case .secretReference: ("x", "x")
        }
    }

    static func document(with variable: String, _ text: String) throws -> JSONValue {
        try ConfigLoader.document(from: Data("{}".utf8), environment: [variable: text])
    }

    @Test(arguments: ConfigSchema.keys.filter(\.environment).map(\.path))
    func eachEnvironmentKeyIsSetByItsVariable(path: String) throws {
        let key = try #require(ConfigSchema.key(at: path))
        let sample = Self.sample(key.type)
        let document = try Self.document(with: ConfigOverrides.variableName(for: key.components), sample.text)
        var expected: JSONValue = [:]
        expected.set(sample.value, at: key.components)
        #expect(document == expected)
    }

    @Test(arguments: ConfigSchema.keys.filter { !$0.environment && !$0.path.contains("<") }.map(\.path))
    func otherKeysAreNotSetFromTheEnvironment(path: String) throws {
        let key = try #require(ConfigSchema.key(at: path))
        let document = try Self.document(with: ConfigOverrides.variableName(for: key.components), Self.sample(key.type).text)
        #expect(document == [:])
    }
}
