import Foundation

/// The labelled sets in the repository's `eval/` folder.
enum EvaluationFile {
    static func contents(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../eval/\(name)").standardized
        return try String(contentsOf: url, encoding: .utf8)
    }
}
