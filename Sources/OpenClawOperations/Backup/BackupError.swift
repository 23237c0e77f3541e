/// A backup could not be made or restored; the message names the file and what to do, never a secret.
public struct BackupError: Error, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable {
        /// The key file is missing, unreadable, world-readable or not 32 bytes of base64.
        public static let key = Code(name: "key")
        /// Not an openclaw backup, or from a format this version does not read.
        public static let format = Code(name: "format")
        /// The backup was made with a different key.
        public static let wrongKey = Code(name: "wrongKey")
        /// Authentication failed or the file ends early: changed, damaged or cut short.
        public static let corrupted = Code(name: "corrupted")
        /// A gateway (or another restore) holds the state folder.
        public static let busy = Code(name: "busy")
        /// Reading or writing a file failed.
        public static let io = Code(name: "io")
        /// The restored database fails SQLite's integrity check.
        public static let integrity = Code(name: "integrity")
        /// The state is in PostgreSQL (`state.backend: "postgres"`), which the server's own tools back up.
        public static let postgres = Code(name: "postgres")

        let name: String
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
