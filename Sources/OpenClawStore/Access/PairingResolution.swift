/// How an operator settled a pairing request.
package enum PairingResolution: String, Sendable, Codable, CaseIterable {
    case approved
    case denied
}
