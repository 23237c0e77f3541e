import SQLKit
import SQLiteKit
import SQLiteNIO

/// The column names of one statement's result, shared by its rows.
final class SQLiteColumnNames: Sendable {
    let names: [String]

    init(_ names: [String]) {
        self.names = names
    }

    func index(of column: String) -> Int? {
        names.firstIndex(of: column)
    }
}

/// One result row, its values copied out of SQLite, read through SQLKit's row interface.
struct SQLiteRowValues: SQLRow {
    let columns: SQLiteColumnNames
    let values: [SQLiteData]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool {
        columns.index(of: column) != nil
    }

    func decodeNil(column: String) throws -> Bool {
        guard let index = columns.index(of: column) else { return true }
        return values[index] == .null
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard let index = columns.index(of: column) else { throw SQLiteMissingColumn(column: column) }
        return try SQLiteDataDecoder().decode(D.self, from: values[index])
    }
}
