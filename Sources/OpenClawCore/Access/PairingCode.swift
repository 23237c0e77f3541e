/// An 8-character pairing code from an unambiguous alphabet (no 0/O, 1/I).
package struct PairingCode: Hashable, Sendable, CustomStringConvertible {
    package static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    package static let length = 8

    package let rawValue: String

    /// Accepts a code typed by an operator: case-insensitive, surrounding spaces ignored.
    package init?(_ text: String) {
        let upper = text.trimmingWhitespace().uppercased()
        guard upper.count == Self.length, upper.allSatisfy(Self.alphabet.contains) else { return nil }
        self.rawValue = upper
    }

    /// Draws a fresh code; `SystemRandomNumberGenerator` reads the kernel CSPRNG.
    package static func generate<R: RandomNumberGenerator>(using generator: inout R) -> PairingCode {
        var code = ""
        for _ in 0..<length {
            code.append(alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))])
        }
        return PairingCode(unchecked: code)
    }

    package static func generate() -> PairingCode {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    private init(unchecked: String) {
        self.rawValue = unchecked
    }

    package var description: String { rawValue }
}

extension String {
    package func trimmingWhitespace() -> Substring {
        var trimmed = self[...]
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        return trimmed
    }
}
