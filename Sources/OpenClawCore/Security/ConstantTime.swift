import Crypto

/// Comparison of secrets whose duration does not depend on where the inputs differ.
package enum ConstantTime {
    /// Hashing first gives both sides the same length, so neither the length nor the first
    /// differing byte of the expected secret can be learnt from timing.
    package static func equals(_ presented: String, _ expected: String) -> Bool {
        let left = SHA256.hash(data: Array(presented.utf8))
        let right = SHA256.hash(data: Array(expected.utf8))
        var difference: UInt8 = 0
        for (a, b) in zip(left, right) {
            difference |= a ^ b
        }
        return difference == 0
    }
}
