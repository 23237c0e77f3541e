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

/// The `main` of a fuzz target in a plain build (without `--sanitize=fuzzer`): runs the target's
/// check over saved inputs, so a crash file can be replayed under a debugger or in a plain build.
public enum FuzzReplay {
    /// Runs `check` over each file named on the command line (directories: each file in them).
    public static func main(_ check: (UnsafeBufferPointer<UInt8>) -> Void) {
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
                Array(data).withUnsafeBufferPointer(check)
                count += 1
            }
        }
        print("\(count) inputs replayed, every invariant held")
    }

    private static func files(at path: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [path] }
        return names.sorted().map { path + "/" + $0 }
    }
}
