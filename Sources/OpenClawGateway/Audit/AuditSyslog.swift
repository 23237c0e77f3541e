#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies checkpoint lines to the local syslog (facility auth), from where a log shipper can
/// keep them off the host; a copy the gateway's own user cannot rewrite.
enum AuditSyslog {
    static func send(_ line: String) {
        "openclaw-audit-checkpoint: \(line)".withCString { text in
            withVaList([text]) { arguments in
                vsyslog(LOG_AUTH | LOG_NOTICE, "%s", arguments)
            }
        }
    }
}
