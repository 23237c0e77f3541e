/// A secrets directory operation failed. Names the directory, file or id; never a value.
public struct SecretDirectoryError: Error, Sendable, CustomStringConvertible {
    public struct Code: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let directory = Code(rawValue: "directory")
        public static let write = Code(rawValue: "write")
        public static let metadata = Code(rawValue: "metadata")
    }

    public var code: Code
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
