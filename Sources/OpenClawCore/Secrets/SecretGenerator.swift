/// How a new value for a generatable secret is made, from a CSPRNG by default.
package enum SecretGenerator: Sendable, Equatable {
    /// `count` random bytes as lowercase hex (`2 × count` characters).
    case hex(bytes: Int)
    /// `count` random bytes in standard base64.
    case base64(bytes: Int)
    /// `length` characters drawn uniformly from `A-Za-z0-9_-` (6 bits each).
    case urlSafe(length: Int)
    /// `length` characters with lowercase, uppercase, digits and symbols that need no shell quoting.
    case password(length: Int)

    static let urlSafeAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    static let passwordAlphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.~+=%@^")

    /// A fresh value from the operating system's CSPRNG.
    package func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// A fresh value from `generator`; tests pass a seeded one to predict it.
    package func generate<R: RandomNumberGenerator>(using generator: inout R) -> String {
        switch self {
        case .hex(let count):
            return Hex.encode(Self.bytes(count, &generator))
        case .base64(let count):
            return Base64.encode(Self.bytes(count, &generator))
        case .urlSafe(let length):
            return Self.draw(length, from: Self.urlSafeAlphabet, &generator)
        case .password(let length):
            // Redraw until every class is present; with 24 characters this almost never repeats.
            while true {
                let candidate = Self.draw(length, from: Self.passwordAlphabet, &generator)
                let classes: [(Character) -> Bool] = [\.isLowercase, \.isUppercase, \.isNumber, { !$0.isLetter && !$0.isNumber }]
                if classes.allSatisfy({ candidate.contains(where: $0) }) { return candidate }
            }
        }
    }

    private static func bytes<R: RandomNumberGenerator>(_ count: Int, _ generator: inout R) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    private static func draw<R: RandomNumberGenerator>(_ length: Int, from alphabet: [Character], _ generator: inout R) -> String {
        String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
