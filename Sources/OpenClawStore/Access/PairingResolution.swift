/// How an operator settled a pairing request.
public enum PairingResolution: String, Sendable, Codable, CaseIterable {
    case approved
    case denied
}
