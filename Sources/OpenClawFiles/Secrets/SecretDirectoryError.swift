/// A secrets directory operation failed. Names the directory, file or id; never a value.
package struct SecretDirectoryError: Error, Sendable, CustomStringConvertible {
    package struct Code: RawRepresentable, Sendable, Hashable {
        package var rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let directory = Code(rawValue: "directory")
        package static let write = Code(rawValue: "write")
        package static let metadata = Code(rawValue: "metadata")
    }

    package var code: Code
    package var message: String

    package init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }
}
