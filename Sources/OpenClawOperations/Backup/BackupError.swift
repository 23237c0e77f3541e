/// A backup could not be made or restored; the message names the file and what to do, never a secret.
package struct BackupError: Error, Sendable, CustomStringConvertible {
    package struct Code: Hashable, Sendable {
        /// The key file is missing, unreadable, world-readable or not 32 bytes of base64.
        package static let key = Code(name: "key")
        /// Not an openclaw backup, or from a format this version does not read.
        package static let format = Code(name: "format")
        /// The backup was made with a different key.
        package static let wrongKey = Code(name: "wrongKey")
        /// Authentication failed or the file ends early: changed, damaged or cut short.
        package static let corrupted = Code(name: "corrupted")
        /// A gateway (or another restore) holds the state folder.
        package static let busy = Code(name: "busy")
        /// Reading or writing a file failed.
        package static let io = Code(name: "io")
        /// The restored database fails SQLite's integrity check.
        package static let integrity = Code(name: "integrity")
        /// The database a restore would go into already holds state.
        package static let notEmpty = Code(name: "notEmpty")

        let name: String
    }

    package var code: Code
    package var message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }
}
