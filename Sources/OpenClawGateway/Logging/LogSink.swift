#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where log lines go. Writes are serialised so lines from concurrent tasks never interleave.
package final class LogSink: Sendable {
    private let lines = Mutex<[String]?>(nil)
    private let toStandardError: Bool

    private init(toStandardError: Bool, capture: Bool) {
        self.toStandardError = toStandardError
        if capture { lines.withLock { $0 = [] } }
    }

    /// One line per record on stderr (what `docker compose logs` shows).
    package static let standardError = LogSink(toStandardError: true, capture: false)

    /// Keeps lines in memory, for tests that inspect what was logged.
    package static func capturing() -> LogSink {
        LogSink(toStandardError: false, capture: true)
    }

    func write(_ line: String) {
        if toStandardError {
            lines.withLock { _ in
                let text = line + "\n"
                _ = text.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
            }
        } else {
            lines.withLock { $0?.append(line) }
        }
    }

    /// Lines captured so far (empty for `standardError`).
    package var captured: [String] {
        lines.withLock { $0 ?? [] }
    }
}
