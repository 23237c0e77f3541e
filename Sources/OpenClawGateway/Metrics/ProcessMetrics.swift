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
import OpenClawFiles

/// The standard `process_*` metrics (as every Prometheus client library names them), read from
/// `/proc` at scrape time. Off Linux there is no `/proc` and the sample is empty.
struct ProcessMetrics {
    var cpuSeconds: Double?
    var residentBytes: Double?
    var virtualBytes: Double?
    var startTimeSeconds: Double?
    var openFds: Double?
    var maxFds: Double?

    static func sample() -> ProcessMetrics {
        var sample = ProcessMetrics()
        if let stat = read("/proc/self/stat"), let fields = statFields(stat), fields.count > 21 {
            let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
            let page = Double(sysconf(Int32(_SC_PAGESIZE)))
            // Fields after the command name, numbered as in proc(5) minus 3: utime 14, stime 15, starttime 22, vsize 23, rss 24.
            if let user = Double(fields[11]), let system = Double(fields[12]), ticks > 0 { sample.cpuSeconds = (user + system) / ticks }
            if let start = Double(fields[19]), let boot = bootTime(), ticks > 0 { sample.startTimeSeconds = boot + start / ticks }
            sample.virtualBytes = Double(fields[20])
            if let pages = Double(fields[21]) { sample.residentBytes = pages * page }
        }
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") { sample.openFds = Double(entries.count) }
        #if canImport(Glibc)
        var limit = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 { sample.maxFds = Double(limit.rlim_cur) }
        #endif
        return sample
    }

    func exposition() -> String {
        var text = ""
        func add(_ name: String, _ type: String, _ help: String, _ value: Double?) {
            guard let value else { return }
            text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name) \(value)\n"
        }
        add("process_cpu_seconds_total", "counter", "Total user and system CPU time spent in seconds.", cpuSeconds)
        add("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", residentBytes)
        add("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.", virtualBytes)
        add("process_start_time_seconds", "gauge", "Start time of the process since unix epoch in seconds.", startTimeSeconds)
        add("process_open_fds", "gauge", "Number of open file descriptors.", openFds)
        add("process_max_fds", "gauge", "Maximum number of open file descriptors.", maxFds)
        return text
    }

    /// The fields after `(comm)`; the command name may itself hold spaces and parentheses.
    private static func statFields(_ stat: String) -> [Substring]? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }

    private static func bootTime() -> Double? {
        read("/proc/stat")?.split(separator: "\n").first { $0.hasPrefix("btime ") }.flatMap { Double($0.dropFirst(6)) }
    }

    private static func read(_ path: String) -> String? {
        FileContents.read(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
