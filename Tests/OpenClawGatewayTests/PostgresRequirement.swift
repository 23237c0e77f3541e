import Foundation
import OpenClawStore
import Testing

/// Skips a test that needs PostgreSQL on a machine without one (a developer's `swift test`); in CI,
/// or with a server named, a missing PostgreSQL fails the test instead of hiding it.
func skipUnlessPostgres() throws {
    guard let reason = PostgresSandbox.unavailableReason else { return }
    let environment = ProcessInfo.processInfo.environment
    if environment["CI"] != nil || environment[PostgresSandbox.urlVariable] != nil { return }
    try Test.cancel("PostgreSQL: \(reason)")
}
