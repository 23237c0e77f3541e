#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A linear model over hashed byte n-grams and words, trained offline by
/// `tools/content-filter-model/train.py` and compiled in (`InjectionModelWeights.swift`): no file
/// to find and nothing downloaded at run time. Its logit is the bias plus the sum of the weights
/// of the message's features over the square root of their number; it reads a message once, in
/// time linear in its length.
///
/// The features must stay exactly those of `tools/content-filter-model/features.py`; a test pins
/// the logit of a few messages to the values the script computes.
struct InjectionModel: Sendable {
    let weights: [Int8]
    let mask: UInt32
    let scale: Float
    let bias: Float

    static let shared = InjectionModel()

    private init() {
        let data = Data(base64Encoded: Self.weightsBase64, options: .ignoreUnknownCharacters) ?? Data()
        var weights = [Int8](repeating: 0, count: 1 << Self.bits)
        data.withUnsafeBytes { raw in
            for index in 0..<min(raw.count, weights.count) {
                weights[index] = Int8(bitPattern: raw[index])
            }
        }
        self.weights = weights
        self.mask = UInt32((1 << Self.bits) - 1)
        self.scale = Self.scale
        self.bias = Self.bias
    }

    /// The model's logit for `folded` text (`FoldedText`): above 0 it leans to injection.
    func logit(folded: String) -> Float {
        let features = runningSums(Self.normalized(folded))
        return logit(sum: features.sums[features.sums.count - 1], count: features.counts[features.counts.count - 1])
    }

    static let offset: UInt32 = 0x811C_9DC5
    static let prime: UInt32 = 0x0100_0193

    static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
        (hash ^ UInt32(byte)) &* prime
    }

    /// UTF-8 with every ASCII byte that is not a letter or digit made a space, runs of spaces
    /// collapsed, and one space at each end.
    static func normalized(_ folded: String) -> [UInt8] {
        normalizedWithTokens(folded).bytes
    }
}
