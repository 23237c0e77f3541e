import ArgumentParser
import Foundation
import OpenClawCore

/// `--since` as the audit and history commands take it: a duration back from now or a date.
enum SinceArgument {
    /// nil for no `--since`; a text that is neither prints what is expected and exits 1.
    static func parse(_ text: String?, now: Date = Date()) throws -> Date? {
        guard let text else { return nil }
        guard let date = UsageReport.parseSince(text, now: now) else {
            printError("--since \(text): expected a duration such as 7d, 24h or 30m, or a date such as 2026-11-01")
            throw ExitCode(1)
        }
        return date
    }
}
