/// Gives a struct a stored property of its own type (`reply_to_message`) without changing its JSON.
indirect enum IndirectBox<Value> {
    case value(Value)

    var value: Value {
        switch self {
        case .value(let value): value
        }
    }
}

extension IndirectBox: Sendable where Value: Sendable {}
extension IndirectBox: Equatable where Value: Equatable {}
extension IndirectBox: Hashable where Value: Hashable {}

extension IndirectBox: Codable where Value: Codable {
    init(from decoder: any Decoder) throws {
        self = .value(try Value(from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
