#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SQLKit

/// One column of a stored table as a state copy moves it between backends: read from one with
/// the type it has there, bound into the other with the type it has there.
struct StoredColumn: Sendable {
    enum Kind: Sendable {
        case integer
        case real
        case boolean
        case text
        case bytes
        /// Text that may be stored sealed (`SQLDataType.sealable`): SQLite keeps plain text as
        /// TEXT and sealed bytes as a BLOB in it; PostgreSQL's BYTEA marks plain text with a
        /// leading zero byte. Sealed bytes move as they are, under the key that sealed them.
        case sealable
    }

    let name: String
    let kind: Kind

    init(_ name: String, _ kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The value of this column in `row`, read from `backend`, as it is to be bound on `target`.
    func value(in row: any SQLRow, from backend: StoreBackend, to target: StoreBackend) throws -> any Encodable & Sendable {
        switch kind {
        case .integer: return try row.decode(column: name, as: Int64?.self)
        case .real: return try row.decode(column: name, as: Double?.self)
        case .boolean: return try row.decode(column: name, as: Bool?.self)
        case .text: return try row.decode(column: name, as: String?.self)
        case .bytes:
            if let bytes = try? row.decode(column: name, as: Data?.self) { return bytes }
            return try row.decode(column: name, as: String?.self).map { Data($0.utf8) }
        case .sealable:
            guard let value = try sealable(in: row, from: backend) else { return Data?.none }
            return value.bound(on: target)
        }
    }

    private func sealable(in row: any SQLRow, from backend: StoreBackend) throws -> SealableValue? {
        if let bytes = try? row.decode(column: name, as: Data?.self) {
            if backend == .postgres, bytes.first == OpenClawStore.plainTextMark.first {
                return .plain(String(decoding: bytes.dropFirst(), as: UTF8.self))
            }
            return .sealed(bytes)
        }
        return try row.decode(column: name, as: String?.self).map(SealableValue.plain)
    }
}

/// What a sealable column holds, whichever backend it was read from.
private enum SealableValue {
    case plain(String)
    case sealed(Data)

    func bound(on backend: StoreBackend) -> any Encodable & Sendable {
        switch (self, backend) {
        case (.plain(let text), .sqlite): text
        case (.plain(let text), .postgres): OpenClawStore.plainTextMark + Data(text.utf8)
        case (.sealed(let bytes), _): bytes
        }
    }
}
