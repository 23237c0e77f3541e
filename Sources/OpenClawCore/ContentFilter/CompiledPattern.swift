/// An operator's regular expression, compiled once and shared by every evaluation.
///
/// `Regex` is not declared `Sendable`, but its only mutable state is the lazily lowered program,
/// which it stores and loads atomically (swift-experimental-string-processing #474, #610). `init`
/// runs one match so even that is done before the value is shared.
struct CompiledPattern: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>

    init?(_ pattern: String) {
        guard let regex = try? Regex(pattern) else { return nil }
        self.regex = regex
        _ = "".contains(regex)
    }

    func matches(_ text: String) -> Bool {
        text.contains(regex)
    }
}
