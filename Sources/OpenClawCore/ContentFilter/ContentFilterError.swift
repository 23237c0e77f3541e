/// A content filter configuration that cannot be used. The message names the pattern's index or
/// the rule id, never a user's message.
package struct ContentFilterError: Error, Sendable, Equatable, CustomStringConvertible {
    package struct Code: Sendable, Hashable, CustomStringConvertible {
        let name: String

        /// `blockPatterns[index]` is not a regular expression Swift can compile.
        package static let invalidPattern = Code(name: "invalidPattern")
        /// `disabledRules` names a rule that does not exist.
        package static let unknownRule = Code(name: "unknownRule")
        /// `blockWords[index]` has no letter or digit, so it could never match a whole word.
        package static let emptyWord = Code(name: "emptyWord")

        package var description: String { name }
    }

    package var code: Code
    package var message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }
}
