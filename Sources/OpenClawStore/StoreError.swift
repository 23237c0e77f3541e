import PostgresNIO

/// A store failure. Messages name the file or the operation, never row contents.
package struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure; a struct so codes can grow without breaking callers.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case directoryUnavailable
            case openFailed
            case migrationFailed
            case schemaTooNew
            case queryFailed
            case closed
            case sealed
            case notEmpty
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The state directory is missing and cannot be created, or is not a directory.
        package static let directoryUnavailable = Code(.directoryUnavailable)
        /// The database file cannot be created, opened or configured.
        package static let openFailed = Code(.openFailed)
        /// A numbered migration failed; nothing of it was applied.
        package static let migrationFailed = Code(.migrationFailed)
        /// The file was written by a newer openclaw whose migrations this build does not know.
        package static let schemaTooNew = Code(.schemaTooNew)
        /// A query failed.
        package static let queryFailed = Code(.queryFailed)
        /// The store was used after `close()`.
        package static let closed = Code(.closed)
        /// Stored text is encrypted and cannot be read: no key was given, or the key does not open it.
        package static let sealed = Code(.sealed)
        /// A restore's target already holds state, which a restore would mix with the backup's.
        package static let notEmpty = Code(.notEmpty)

        package var description: String { base.rawValue }
    }

    package let code: Code
    package let message: String

    package init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { "\(code): \(message)" }

    /// Wraps a driver error for `operation`, keeping the database's own reason but never a
    /// decoding error's text, which quotes the offending value.
    static func wrapping(_ error: any Error, code: Code = .queryFailed, operation: String) -> StoreError {
        if let error = error as? StoreError { return error }
        return StoreError(code: code, message: "\(operation) failed: \(reason(of: error))")
    }

    static func reason(of error: any Error) -> String {
        if let error = error as? SQLiteFailure { return error.description }
        if let error = error as? PSQLError { return postgresReason(error) }
        return String(describing: type(of: error))
    }
}
