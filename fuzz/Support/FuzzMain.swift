#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fuzz target's entry: the function libFuzzer calls with one input.
package typealias FuzzEntry = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ entry: FuzzEntry
) -> CInt
#endif

/// The `main` of every fuzz target. In a fuzz build (OPENCLAW_FUZZ=1) it hands the command line to
/// libFuzzer; in a plain build it replays saved inputs through the same entry, so a crash file can
/// be run under a debugger or in an ordinary build.
package enum FuzzMain {
    package static func run(_ entry: FuzzEntry) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, entry))
        #else
        replay(entry)
        #endif
    }

    /// Runs `entry` over each file named on the command line (directories: each file in them).
    static func replay(_ entry: FuzzEntry) -> Never {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            print("usage: \(CommandLine.arguments[0]) FILE|DIRECTORY...  (replays saved inputs through the fuzz check)")
            exit(2)
        }
        var count = 0
        for path in paths {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("cannot read \(file)")
                    exit(1)
                }
                _ = Array(data).withUnsafeBufferPointer { entry($0.baseAddress, $0.count) }
                count += 1
            }
        }
        print("\(count) inputs replayed, every invariant held")
        exit(0)
    }

    private static func files(at path: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [path] }
        return names.sorted().map { path + "/" + $0 }
    }
}
