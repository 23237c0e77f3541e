/// Why a value could not be sealed or opened. Descriptions never include the data or the key.
package enum SealingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key text is not 32 bytes of standard base64.
    case malformedKey
    /// The value is not in the sealed format (truncated, or not sealed at all).
    case malformedValue
    /// The value was sealed under a key that is neither the current nor a previous one.
    case unknownKey
    /// Authentication failed: the value was altered or moved to another row.
    case tampered

    package var description: String {
        switch self {
        case .malformedKey: "the storage encryption key must be 32 bytes encoded as base64"
        case .malformedValue: "a stored value is not in the sealed format"
        case .unknownKey: "a stored value was sealed with a key that is not configured (keep the previous key until retention has pruned its rows)"
        case .tampered: "a stored value failed authentication: it was altered or moved"
        }
    }
}
