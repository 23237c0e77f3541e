/// Prints the demo's story and keeps score of its checks.
final class Transcript {
    private(set) var failures: [String] = []
    private(set) var checks = 0

    func section(_ title: String) {
        print("\n── \(title) " + String(repeating: "─", count: max(0, 60 - title.count)))
    }

    func user(_ name: String, _ place: String, _ text: String) {
        print("  \(name) → \(place): \(text)")
    }

    func bot(_ place: String, _ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        print("  bot → \(place): \(lines.first ?? "")")
        for line in lines.dropFirst() { print("       \(line)") }
    }

    func operatorRuns(_ command: String, _ result: String) {
        print("  operator $ \(command)")
        print("           \(result)")
    }

    func note(_ text: String) {
        print("  · \(text)")
    }

    func check(_ condition: Bool, _ what: String) {
        checks += 1
        if condition {
            print("  ✓ \(what)")
        } else {
            failures.append(what)
            print("  ✗ \(what)")
        }
    }
}
