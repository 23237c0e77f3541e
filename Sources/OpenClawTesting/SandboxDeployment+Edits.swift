import Foundation
package import OpenClawCore

extension SandboxDeployment {
    /// The config file as it is now, changed by `change` and saved, as an operator's editor would.
    package func editConfig(_ change: (inout JSONValue) -> Void) throws {
        var document = try ConfigParser.document(from: Data(contentsOf: URL(fileURLWithPath: configPath)))
        change(&document)
        try writeConfig(document)
    }

    /// Writes `text` as the whole config file (a broken or half-written edit).
    package func writeRawConfig(_ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: configPath), options: .atomic)
    }
}
