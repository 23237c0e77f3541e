/// The model read over windows of a long message: an instruction planted in a document is read
/// without the rest of the document diluting it. A window is `windowWords` words (runs between
/// spaces) of the folded text, and windows start every half window.
///
/// Each window is read exactly as `logit(folded:)` reads that window's words alone, in one pass
/// over the message: the normalized window is a stretch of the normalized message between two
/// spaces, so its features are the message's features in that stretch, less the n-grams that
/// run past its end, the word before it (counted at its first space) and the word pair its first
/// word makes with that word. Running sums give each window in a few steps.
extension InjectionModel {
    static let windowWords = 30

    /// The higher of the logit of `folded` read whole and the highest logit of its windows.
    func highestLogit(folded: String) -> Float {
        let text = Self.normalizedWithTokens(folded)
        let bytes = text.bytes
        let features = runningSums(bytes)
        let whole = logit(sum: features.sums[bytes.count], count: features.counts[bytes.count])
        let boundaries = text.tokenBoundaries
        guard boundaries.count - 1 > Self.windowWords else { return whole }
        var highest = whole
        var firstWord = 0  // into features.wordEnds
        var first = 0
        while true {
            let last = Swift.min(boundaries.count - 1, first + Self.windowWords)
            let from = boundaries[first]
            let to = boundaries[last] + 1
            var sum = features.sums[to] - features.sums[from]
            var count = features.counts[to] - features.counts[from]
            let crossing = nGramsRunningPast(to, in: bytes, startingFrom: from)
            sum -= crossing.sum
            count -= crossing.count
            while firstWord < features.wordEnds.count, features.wordEnds[firstWord].position < from { firstWord += 1 }
            // The word before the window ends at its first space, where that word is counted.
            if firstWord < features.wordEnds.count, features.wordEnds[firstWord].position == from {
                let before = features.wordEnds[firstWord]
                sum -= before.word + (before.pair ?? 0)
                count -= before.pair == nil ? 1 : 2
                firstWord += 1
            }
            if firstWord < features.wordEnds.count, features.wordEnds[firstWord].position < to, let pair = features.wordEnds[firstWord].pair {
                sum -= pair
                count -= 1
            }
            highest = Swift.max(highest, logit(sum: sum, count: count))
            if last == boundaries.count - 1 { return highest }
            first += Self.windowWords / 2
        }
    }

    func logit(sum: Int, count: Int) -> Float {
        guard count > 0 else { return bias }
        return bias + Float(sum) * scale / Float(count).squareRoot()
    }

    /// Weights and counts of the features counted before each byte (n-grams where they start,
    /// words and pairs at the space that ends them), and each word's end with its and its pair's weight.
    func runningSums(_ bytes: [UInt8]) -> (sums: [Int], counts: [Int], wordEnds: [(position: Int, word: Int, pair: Int?)]) {
        var sums = [Int](repeating: 0, count: bytes.count + 1)
        var counts = [Int](repeating: 0, count: bytes.count + 1)
        var wordEnds: [(position: Int, word: Int, pair: Int?)] = []
        weights.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { text in
                var sum = 0
                var count = 0
                func weight(_ hash: UInt32) -> Int { Int(table[Int(hash & mask)]) }
                var word = Self.step(Self.offset, 0x01)
                var pair: UInt32? = nil
                var nextPair = Self.step(Self.offset, 0x02)
                var inWord = false
                for start in text.indices {
                    let byte = text[start]
                    var hash = Self.offset
                    for length in 0..<Swift.min(5, text.count - start) {
                        hash = (hash ^ UInt32(text[start + length])) &* Self.prime
                        if length >= 2 { sum += weight(hash); count += 1 }
                    }
                    if byte == 0x20 {
                        if inWord {
                            let wordWeight = weight(word)
                            sum += wordWeight
                            count += 1
                            let pairWeight = pair.map(weight)
                            if let pairWeight { sum += pairWeight; count += 1 }
                            wordEnds.append((start, wordWeight, pairWeight))
                            pair = Self.step(nextPair, 0x20)
                            word = Self.step(Self.offset, 0x01)
                            nextPair = Self.step(Self.offset, 0x02)
                            inWord = false
                        }
                    } else {
                        word = Self.step(word, byte)
                        nextPair = Self.step(nextPair, byte)
                        if let current = pair { pair = Self.step(current, byte) }
                        inWord = true
                    }
                    sums[start + 1] = sum
                    counts[start + 1] = count
                }
            }
        }
        return (sums, counts, wordEnds)
    }

    /// The n-grams that start before `end` (from `from` on) and run past it: at most nine.
    private func nGramsRunningPast(_ end: Int, in bytes: [UInt8], startingFrom from: Int) -> (sum: Int, count: Int) {
        var sum = 0
        var count = 0
        for start in Swift.max(from, end - 4)..<end {
            var hash = Self.offset
            for length in 0..<Swift.min(5, bytes.count - start) {
                hash = (hash ^ UInt32(bytes[start + length])) &* Self.prime
                if length >= 2, start + length >= end {
                    sum += Int(weights[Int(hash & mask)])
                    count += 1
                }
            }
        }
        return (sum, count)
    }

    /// `normalized(folded)` and, for each boundary between the folded text's words (runs between
    /// spaces), the index of the space there: before the first word, between words, after the last.
    static func normalizedWithTokens(_ folded: String) -> (bytes: [UInt8], tokenBoundaries: [Int]) {
        var bytes: [UInt8] = [0x20]
        bytes.reserveCapacity(folded.utf8.count + 2)
        var boundaries = [0]
        var inToken = false
        for var byte in folded.utf8 {
            let separatesWords = byte == 0x20
            if byte < 0x80, !((0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)) { byte = 0x20 }
            if !(byte == 0x20 && bytes.last == 0x20) { bytes.append(byte) }
            if separatesWords {
                if inToken { boundaries.append(bytes.count - 1) }
                inToken = false
            } else {
                inToken = true
            }
        }
        if bytes.last != 0x20 { bytes.append(0x20) }
        if inToken { boundaries.append(bytes.count - 1) }
        return (bytes, boundaries)
    }
}
