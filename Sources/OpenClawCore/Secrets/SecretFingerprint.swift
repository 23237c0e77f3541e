import Crypto

/// The first 8 hex characters of a value's SHA-256: enough to tell two values apart in an audit
/// log, far too little to recover or brute-force a random secret from.
package enum SecretFingerprint {
    package static func of(_ value: String) -> String {
        Hex.encode(SHA256.hash(data: Array(value.utf8)).prefix(4))
    }
}
