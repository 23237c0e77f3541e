/// What a backup's plain-text archive holds, read by the format's rules alone (`OCARCHV1`, entries
/// of `u16` name length, name, `u64` size, bytes, a zero name length, nothing after): the answer
/// the real reader is held to. Nil when the rules refuse the archive.
struct ArchiveModel: Equatable {
    var entries: [String: [UInt8]]

    init?(_ plain: [UInt8], isSafe: (String) -> Bool) {
        let magic = Array("OCARCHV1".utf8)
        guard plain.count >= magic.count, Array(plain[0..<magic.count]) == magic else { return nil }
        var position = magic.count
        func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard count <= plain.count - position else { return nil }
            defer { position += count }
            return plain[position..<position + count]
        }
        var entries: [String: [UInt8]] = [:]
        while true {
            guard let length = take(2) else { return nil }
            let nameLength = Int(length.first!) << 8 | Int(length.last!)
            if nameLength == 0 { break }
            guard let nameBytes = take(nameLength), let sizeBytes = take(8) else { return nil }
            let name = String(decoding: nameBytes, as: UTF8.self)
            guard isSafe(name), entries[name] == nil else { return nil }
            let size = sizeBytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            guard size <= UInt64(plain.count - position), let content = take(Int(size)) else { return nil }
            entries[name] = Array(content)
        }
        guard position == plain.count else { return nil }
        self.entries = entries
    }
}
