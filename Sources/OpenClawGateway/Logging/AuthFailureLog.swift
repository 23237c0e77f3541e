#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Logging
import OpenClawCore

/// Where failed webhook authentications are reported: one line per source and interval.
///
/// The stderr JSON log gets `webhook auth failed` with the counts (its handler redacts the
/// address, as personal data). The security log `logging.authLog`, when set, gets the same
/// summary with the address, in a fixed format that `deploy/fail2ban/filter.d/openclaw-webhook.conf`
/// matches (docs/SECURITY.md):
///
///     2026-11-30T12:00:00Z openclaw webhook auth failed: source=203.0.113.7 failures=12 throttled=3 interval=60s
///
/// `source` is an IPv4 address or an IPv6 /64 (`2001:db8:1:2::/64`), or `other` for sources
/// counted together while the throttle's table was full. The file is opened, appended to and
/// closed for each batch, so logrotate can move it at any time.
struct AuthFailureLog: Sendable {
    let path: String?
    let logger: Logger

    func report(_ summaries: [AuthFailureSummary], at time: Date, interval: Duration) {
        guard !summaries.isEmpty else { return }
        for summary in summaries {
            logger.warning(
                "webhook auth failed",
                metadata: [
                    "source": "\(summary.source?.description ?? "other")", "failures": "\(summary.failures)",
                    "throttled": "\(summary.throttled)", "intervalSeconds": "\(Self.seconds(interval))",
                ]
            )
        }
        guard let path else { return }
        let text = summaries.map { Self.line($0, at: time, interval: interval) + "\n" }.joined()
        do {
            try Self.append(text, to: path)
        } catch {
            logger.error("auth log write failed", metadata: ["path": "\(path)", "error": "\(error)"])
        }
    }

    static func line(_ summary: AuthFailureSummary, at time: Date, interval: Duration) -> String {
        "\(time.formatted(.iso8601)) openclaw webhook auth failed: source=\(summary.source?.description ?? "other")"
            + " failures=\(summary.failures) throttled=\(summary.throttled) interval=\(seconds(interval))s"
    }

    /// Opens (creating it 0600) and closes the file: a check at start that the path is usable.
    static func checkWritable(_ path: String) throws(AuthLogError) {
        try append("", to: path)
    }

    private static func append(_ text: String, to path: String) throws(AuthLogError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw AuthLogError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { throw AuthLogError(path: path, reason: String(cString: strerror(errno))) }
            written += result
        }
    }

    private static func seconds(_ interval: Duration) -> Int64 {
        max(1, interval.components.seconds)
    }
}

/// The security log could not be written; names the file and the system's reason.
struct AuthLogError: Error, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "cannot append to \(path): \(reason)" }
}
