#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import FuzzSupport
import OpenClawCore
import OpenClawFiles
import OpenClawGateway

/// `OPENCLAW_…` environment overrides applied over a config file, as `ConfigLoader` loads them.
/// The input is `NAME=value` lines; after a line `%%`, the config file itself (else the shipped
/// example). The result either loads or is refused with problems that each name a key path or a
/// variable; it never traps. One input in 64 is also written to a real file and loaded from it.
enum ConfigOverridesTarget {
    static let separator = Array("\n%%\n".utf8)
    /// Bytes, not `Data`: `Data` keeps its storage behind a tagged pointer that LeakSanitizer
    /// cannot follow from this global, and reports the one-time read as a leak.
    static let example: [UInt8] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        guard let data = FileContents.read(atPath: root.appendingPathComponent("config/openclaw.json").path) else {
            fatalError("config/openclaw.json not found beside the fuzz targets")
        }
        return Array(data)
    }()
    static let exampleDocument: JSONValue = {
        do throws(ConfigError) {
            return try ConfigParser.document(from: Data(example))
        } catch {
            fatalError("config/openclaw.json does not parse: \(error.issues)")
        }
    }()
    static let file = FuzzSample.scratchDirectory("overrides") + "/openclaw.json"

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let input = Array(bytes)
        let (variables, document) = split(input)
        var environment: [String: String] = [:]
        for line in String(decoding: variables, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else { continue }
            environment[String(parts[0])] = String(parts[1])
        }
        let data = document ?? Data(example)
        // What `ConfigLoader.load` does after reading the file, on the bytes themselves. The
        // shipped example is parsed once: its parse is the same on every input.
        let outcome = Result { () throws(ConfigError) in
            var parsed = exampleDocument
            if let document { parsed = try ConfigParser.document(from: document) }
            return try ConfigLoader.config(from: ConfigLoader.document(parsed, overriddenBy: environment), environment: environment, checkSecrets: false)
        }
        if case .failure(let error) = outcome {
            checkRefusal(error)
        }
        // One input in 64 also goes through the real file, and must load the same.
        if FuzzSample.chosen(bytes) {
            guard FileManager.default.createFile(atPath: file, contents: data) else {
                fatalError("cannot write \(file)")
            }
            let fromFile = Result { () throws(ConfigError) in try ConfigLoader.load(path: file, environment: environment, checkSecrets: false) }
            switch (outcome, fromFile) {
            case (.success, .success): break
            case (.failure(let expected), .failure(let error)):
                fuzzCheck(error.issues == expected.issues, "the file is refused for other reasons than its bytes")
            default:
                fuzzCheck(false, "the file and its bytes load differently")
            }
        }
    }

    static func checkRefusal(_ error: ConfigError) {
        fuzzCheck(!error.issues.isEmpty, "a refusal without a reason")
        for issue in error.issues {
            fuzzCheck(!issue.path.isEmpty && !issue.message.isEmpty, "an issue without a key path or a rule: \(issue)")
        }
    }

    private static func split(_ input: [UInt8]) -> (variables: ArraySlice<UInt8>, document: Data?) {
        guard input.count >= separator.count else { return (input[...], nil) }
        for start in 0...(input.count - separator.count) where input[start..<start + separator.count].elementsEqual(separator) {
            return (input[..<start], Data(input[(start + separator.count)...]))
        }
        return (input[...], nil)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ConfigOverridesTarget.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum Main {
    static func main() { FuzzMain.run(fuzzOneInput) }
}
