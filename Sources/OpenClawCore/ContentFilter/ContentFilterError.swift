/// A content filter configuration that cannot be used. The message names the pattern's index or
/// the rule id, never a user's message.
public struct ContentFilterError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        let name: String

        /// `blockPatterns[index]` is not a regular expression Swift can compile.
        public static let invalidPattern = Code(name: "invalidPattern")
        /// `disabledRules` names a rule that does not exist.
        public static let unknownRule = Code(name: "unknownRule")
        /// `blockWords[index]` has no letter or digit, so it could never match a whole word.
        public static let emptyWord = Code(name: "emptyWord")

        public var description: String { name }
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
