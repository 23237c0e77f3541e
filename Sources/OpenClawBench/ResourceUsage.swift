#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The process's CPU time so far (getrusage, user + system) and its resident memory.
struct ResourceUsage: Sendable {
    var userSeconds: Double
    var systemSeconds: Double
    var residentBytes: Int
    var peakResidentBytes: Int

    var cpuSeconds: Double { userSeconds + systemSeconds }

    static func current() -> ResourceUsage {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return ResourceUsage(
            userSeconds: seconds(usage.ru_utime), systemSeconds: seconds(usage.ru_stime),
            residentBytes: LimiterBenchmark.residentBytes(), peakResidentBytes: Int(usage.ru_maxrss) * 1024
        )
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000
    }

    /// One line of the gateway child's report: `usage <user s> <system s> <resident bytes> <peak bytes>`.
    var line: String { "usage \(userSeconds) \(systemSeconds) \(residentBytes) \(peakResidentBytes)" }

    init(userSeconds: Double, systemSeconds: Double, residentBytes: Int, peakResidentBytes: Int) {
        self.userSeconds = userSeconds
        self.systemSeconds = systemSeconds
        self.residentBytes = residentBytes
        self.peakResidentBytes = peakResidentBytes
    }

    init?(line: String) {
        let fields = line.split(separator: " ")
        guard fields.count == 5, fields[0] == "usage", let user = Double(fields[1]), let system = Double(fields[2]),
            let resident = Int(fields[3]), let peak = Int(fields[4])
        else { return nil }
        self.init(userSeconds: user, systemSeconds: system, residentBytes: resident, peakResidentBytes: peak)
    }
}
