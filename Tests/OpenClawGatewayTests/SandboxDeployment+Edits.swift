import Foundation
import OpenClawCore
import OpenClawGateway

extension SandboxDeployment {
    /// The config file as it is now, changed by `change` and saved, as an operator's editor would.
    func editConfig(_ change: (inout JSONValue) -> Void) throws {
        var document = try ConfigParser.document(from: Data(contentsOf: URL(fileURLWithPath: configPath)))
        change(&document)
        try writeConfig(document)
    }

    /// Writes `text` as the whole config file (a broken edit).
    func writeRawConfig(_ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: configPath))
    }
}

/// Waits until `condition` holds, checking every 20 ms; throws after `timeout`.
func until(_ what: String, timeout: Duration = .seconds(5), _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    throw HarnessError("not within \(timeout): \(what)")
}
