#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
package import NIOCore

/// JSON in and out of `ByteBuffer`s, shared by the providers.
package enum WireJSON {
    static func encode(_ value: some Encodable) throws -> ByteBuffer {
        let data = try JSONEncoder().encode(value)
        return ByteBuffer(bytes: data)
    }

    static func decode<T: Decodable>(_ type: T.Type, from buffer: ByteBuffer) throws -> T {
        try JSONDecoder().decode(type, from: Data(buffer.readableBytesView))
    }

    /// The provider's `error.type` (both APIs use it), cut to a short identifier.
    ///
    /// The `message` is deliberately not read: providers echo request fragments and partial keys there.
    package static func errorType(in buffer: ByteBuffer) -> String? {
        guard let body = try? decode(ProviderErrorBody.self, from: buffer), let type = body.error?.type else { return nil }
        let allowed = type.unicodeScalars.filter { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.".unicodeScalars.contains(scalar))
        }
        let cleaned = String(String.UnicodeScalarView(allowed.prefix(64)))
        return cleaned.isEmpty ? nil : cleaned
    }
}

/// `{"error": {"type": "…"}}`, the part of an error body both APIs share.
private struct ProviderErrorBody: Decodable {
    struct Inner: Decodable {
        var type: String?
    }
    var error: Inner?
}
